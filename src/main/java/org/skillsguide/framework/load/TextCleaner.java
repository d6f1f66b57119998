package org.skillsguide.framework.load;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Mends the character-level defects of real exports (GUIDE §3) and turns placeholders into absence,
 * so that no parser repeats these rules and no placeholder ever becomes model text.
 */
final class TextCleaner {

    /** Cleaned text ({@code ""} when absent) and the defects mended on the way. */
    record Cleaned(String text, Set<TextDefect> defects) {

        Cleaned {
            defects = defects.isEmpty() ? Set.of() : Set.copyOf(defects);
        }

        boolean isEmpty() {
            return text.isEmpty();
        }

        /** Whether the text was a placeholder ("MISSING", "NOT IN USE", ...), now absent. */
        boolean wasPlaceholder() {
            return defects.stream().anyMatch(TextDefect::isPlaceholder);
        }
    }

    // Placeholders the official export writes instead of leaving a cell empty.
    private static final Pattern MISSING = Pattern.compile("(?i)\\W*missing\\W*");
    private static final Pattern UNDEFINED =
            Pattern.compile("(?i)\\W*(this skill level is\\s+)?currently not defined\\W*");
    private static final Pattern NOT_IN_USE = Pattern.compile("(?i)\\W*not in use\\W*");
    private static final Pattern SPACES = Pattern.compile(" {2,}");

    private TextCleaner() {}

    /** Cleans a multi-line cell or line: lines stripped, blank-line runs collapsed to one blank line. */
    static Cleaned text(String raw) {
        Set<TextDefect> defects = EnumSet.noneOf(TextDefect.class);
        String characters = mendCharacters(raw, defects);
        List<String> lines = new ArrayList<>();
        for (String line : characters.split("\n", -1)) {
            String tidy = SPACES.matcher(line).replaceAll(" ").strip();
            if (!tidy.equals(line) && !line.isBlank()) {
                defects.add(TextDefect.STRAY_SPACES);
            }
            boolean blankAfterBlank = tidy.isEmpty() && (lines.isEmpty() || lines.get(lines.size() - 1).isEmpty());
            if (!blankAfterBlank) {
                lines.add(tidy);
            }
        }
        String text = String.join("\n", lines).strip();
        return placeholderAware(text, defects);
    }

    /** Cleans a name: like {@link #text} but on one line, since a name never spans lines. */
    static Cleaned name(String raw) {
        Cleaned cleaned = text(raw);
        return new Cleaned(cleaned.text().replaceAll("\\s+", " "), cleaned.defects());
    }

    /** Whether the text, once cleaned, is one of the placeholders for absence. */
    static boolean isPlaceholder(String text) {
        return placeholder(text) != null;
    }

    private static Cleaned placeholderAware(String text, Set<TextDefect> defects) {
        TextDefect placeholder = placeholder(text);
        if (placeholder == null) {
            return new Cleaned(text, defects);
        }
        defects.add(placeholder);
        return new Cleaned("", defects);
    }

    private static TextDefect placeholder(String text) {
        if (MISSING.matcher(text).matches()) {
            return TextDefect.MISSING_PLACEHOLDER;
        }
        if (UNDEFINED.matcher(text).matches()) {
            return TextDefect.UNDEFINED_PLACEHOLDER;
        }
        if (NOT_IN_USE.matcher(text).matches()) {
            return TextDefect.NOT_IN_USE_PLACEHOLDER;
        }
        return null;
    }

    private static String mendCharacters(String raw, Set<TextDefect> defects) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\u00A0', '\u2007', '\u202F' -> {
                    defects.add(TextDefect.NO_BREAK_SPACE);
                    out.append(' ');
                }
                case '\u2028', '\u2029' -> {
                    defects.add(TextDefect.LINE_SEPARATOR);
                    out.append('\n');
                }
                case '\u2018', '\u2019' -> {
                    defects.add(TextDefect.CURLY_QUOTES);
                    out.append('\'');
                }
                case '\u201C', '\u201D' -> {
                    defects.add(TextDefect.CURLY_QUOTES);
                    out.append('"');
                }
                case '\r' -> {
                    // CRLF and lone CR are line breaks written by other platforms, not defects.
                    if (i + 1 >= raw.length() || raw.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                case '\t' -> out.append(' ');
                default -> {
                    // Cf covers U+200B..U+200F, U+2060, U+FEFF, soft hyphens and bidi marks: all invisible.
                    if (Character.getType(c) == Character.FORMAT) {
                        defects.add(TextDefect.INVISIBLE_CHARACTER);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
