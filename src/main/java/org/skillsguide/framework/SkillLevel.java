package org.skillsguide.framework;

import java.util.Locale;
import java.util.Optional;

/** The four proficiency levels a skill is described at, lowest first. */
public enum SkillLevel {
    AWARENESS("Awareness"),
    WORKING("Working"),
    PRACTITIONER("Practitioner"),
    EXPERT("Expert");

    private final String label;

    SkillLevel(String label) {
        this.label = label;
    }

    /** The label as the framework writes it, e.g. "Practitioner". */
    public String label() {
        return label;
    }

    /** Reads a level name in any case and with stray spaces; empty for anything else (e.g. "NOT IN USE"). */
    public static Optional<SkillLevel> parse(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        for (SkillLevel level : values()) {
            if (level.label.toLowerCase(Locale.ROOT).equals(wanted)) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }
}
