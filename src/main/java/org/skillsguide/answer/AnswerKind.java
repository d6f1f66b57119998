package org.skillsguide.answer;

import java.util.Locale;

/** What an answer is about; {@link #wireName()} is the name used in JSON output and metrics. */
public enum AnswerKind {
    FAMILY,
    ROLE,
    ROLE_LEVEL,
    SKILL,
    SKILLS,
    COMPARE,
    STATEMENTS,
    HELP,
    NO_MATCH;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
