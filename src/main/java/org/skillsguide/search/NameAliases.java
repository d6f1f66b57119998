package org.skillsguide.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Other ways a name is written, read from the name itself: "Quality assurance testing (QAT)" is
 * also "QAT", and "Development operations (DevOps) engineer" is also "DevOps engineer". A
 * parenthesis that is not an abbreviation of the words before it, as in "Business analysis (IT
 * operations)", qualifies the name and makes no alias.
 */
final class NameAliases {

    private static final Pattern PARENTHESIS = Pattern.compile("\\(([\\p{L}\\p{N}]+)\\)");

    private NameAliases() {}

    /** The name's aliases, not including the name itself. */
    static List<String> of(String name) {
        Matcher m = PARENTHESIS.matcher(name);
        if (!m.find()) {
            return List.of();
        }
        String abbreviation = m.group(1);
        List<String> before = words(name.substring(0, m.start()));
        String after = name.substring(m.end()).strip();
        List<String> aliases = new ArrayList<>();
        for (int count = 1; count <= Math.min(4, before.size()); count++) {
            List<String> expanded = before.subList(before.size() - count, before.size());
            if (abbreviates(abbreviation.toLowerCase(Locale.ROOT), expanded)) {
                String kept = String.join(" ", before.subList(0, before.size() - count));
                aliases.add(String.join(" ", List.of(kept, abbreviation, after)).strip().replaceAll("\\s+", " "));
                break;
            }
        }
        return aliases;
    }

    /**
     * True when the abbreviation is the words' initials ("qat": quality assurance testing), or
     * starts like the first word and takes its letters in order from the words ("devops").
     */
    static boolean abbreviates(String abbreviation, List<String> words) {
        StringBuilder initials = new StringBuilder();
        words.forEach(w -> initials.append(w.charAt(0)));
        if (initials.toString().equals(abbreviation)) {
            return true;
        }
        String first = words.get(0);
        if (words.size() < 2 || abbreviation.length() < 3 || !first.startsWith(abbreviation.substring(0, 3))) {
            return false;
        }
        String letters = String.join("", words);
        int at = 0;
        for (char c : abbreviation.toCharArray()) {
            at = letters.indexOf(c, at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        // Every word must show in it: "devops" has the "o" of "operations".
        return abbreviation.indexOf(words.get(words.size() - 1).charAt(0), 1) > 0;
    }

    private static List<String> words(String text) {
        String stripped = text.strip();
        return stripped.isEmpty()
                ? List.of()
                : Arrays.stream(stripped.toLowerCase(Locale.ROOT).split("\\s+")).toList();
    }
}
