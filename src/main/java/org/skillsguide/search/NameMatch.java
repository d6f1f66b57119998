package org.skillsguide.search;

/**
 * A named entity that matches a phrase.
 *
 * @param score how well the phrase and the name cover each other, from 0 (nothing) to 1 (the same
 *     words); comparable across types and queries
 * @param exact every word of the name and of the phrase matched without spelling correction
 */
public record NameMatch(EntityType type, String name, double score, boolean exact) {}
