package org.skillsguide.framework.load;

/** A kind of defect {@link TextCleaner} mends, worded for the admin reading {@code check} output. */
enum TextDefect {
    NO_BREAK_SPACE("no-break spaces (U+00A0) replaced by plain spaces"),
    INVISIBLE_CHARACTER("invisible characters (zero-width space, byte order mark, ...) removed"),
    LINE_SEPARATOR("Unicode line/paragraph separators (U+2028/U+2029) replaced by line breaks"),
    CURLY_QUOTES("curly quotes replaced by straight quotes"),
    STRAY_SPACES("stray spaces (repeated, leading or trailing) removed"),
    MISSING_PLACEHOLDER("'MISSING' placeholder treated as absent"),
    UNDEFINED_PLACEHOLDER("'This skill level is currently not defined.' placeholder treated as absent"),
    NOT_IN_USE_PLACEHOLDER("'NOT IN USE' placeholder treated as absent");

    private final String description;

    TextDefect(String description) {
        this.description = description;
    }

    boolean isPlaceholder() {
        return this == MISSING_PLACEHOLDER || this == UNDEFINED_PLACEHOLDER || this == NOT_IN_USE_PLACEHOLDER;
    }

    String description() {
        return description;
    }
}
