package org.skillsguide.framework.load;

import java.util.Locale;
import org.skillsguide.text.EditDistance;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillsguide.framework.SkillLevel;

/**
 * The text after {@code Skill:}: a name and an optional proficiency level in parentheses.
 *
 * <p>Skill names themselves end in parentheses ("Technical understanding (accessibility)"), so a
 * trailing parenthesis is read as a level only when it is one, and reported as an unknown level
 * only when it looks like an attempt at one: a near-miss spelling ("expret"), another scale's word
 * ("advanced") or a number. Anything else stays part of the name.
 *
 * @param problem why the heading is unusable; empty when it is sound
 * @param levelWasPlaceholder the parentheses held "NOT IN USE", read as no level
 */
record SkillHeading(String name, Optional<SkillLevel> level, String problem, boolean levelWasPlaceholder) {

    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("(.*?)\\s*\\(([^()]*)\\)");
    private static final Set<String> OTHER_SCALES = Set.of(
            "none", "basic", "beginner", "novice", "foundation", "foundational", "intermediate", "advanced",
            "proficient", "skilled", "master", "mastery");
    private static final Pattern NUMBERED = Pattern.compile("(level\\s*)?\\d+");

    /** Reads a heading; empty when it holds no name at all. */
    static Optional<SkillHeading> parse(String heading) {
        String text = TextCleaner.name(heading).text();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = TRAILING_PARENTHESES.matcher(text);
        if (!m.matches()) {
            return Optional.of(plain(text));
        }
        String name = m.group(1).strip();
        String inside = m.group(2).strip();
        Optional<SkillLevel> level = SkillLevel.parse(inside);
        if (level.isPresent()) {
            return name.isEmpty() ? Optional.empty() : Optional.of(new SkillHeading(name, level, "", false));
        }
        if (TextCleaner.isPlaceholder(inside) && !name.isEmpty()) {
            return Optional.of(new SkillHeading(name, Optional.empty(), "", true));
        }
        if (looksLikeALevel(inside)) {
            return Optional.of(new SkillHeading(name, Optional.empty(),
                    "unknown skill level '" + inside + "' (expected awareness, working, practitioner or expert)",
                    false));
        }
        return Optional.of(plain(text));
    }

    private static SkillHeading plain(String name) {
        return new SkillHeading(name, Optional.empty(), "", false);
    }

    private static boolean looksLikeALevel(String inside) {
        String word = inside.toLowerCase(Locale.ROOT);
        if (OTHER_SCALES.contains(word) || NUMBERED.matcher(word).matches()) {
            return true;
        }
        if (word.contains(" ")) {
            return false;
        }
        for (SkillLevel level : SkillLevel.values()) {
            if (EditDistance.bounded(word, level.label().toLowerCase(Locale.ROOT), 2) <= 2) {
                return true;
            }
        }
        return false;
    }
}
