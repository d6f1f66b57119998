package org.skillsguide.search;

/** The kinds of named thing the index can find by name. */
public enum EntityType {
    FAMILY,
    ROLE,
    LEVEL,
    SKILL
}
