package org.skillsguide.search;

/** Where a statement sits in the framework. */
public enum StatementSource {
    /** A role level's description: who the level is. */
    LEVEL_DESCRIPTION,
    /** One of a level's "at this role level, you will" lines. */
    RESPONSIBILITY,
    /** What a level expects of one of its skills. */
    SKILL_EXPECTATION
}
