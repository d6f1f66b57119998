package org.skillsguide.search;

/**
 * A named entity that matches a phrase.
 *
 * @param score how well the phrase and the name cover each other, from 0 (nothing) to 1 (the same
 *     words); comparable across types and queries
 * @param exact every word of the name and of the phrase matched without spelling correction
 * @param phraseCoverage the share of the phrase's words the name has, 0 to 1: a name that lacks
 *     words the asker typed is a worse alternative than one that adds words
 * @param nameCoverage the share of the name's words the phrase has, 0 to 1
 */
public record NameMatch(EntityType type, String name, double score, boolean exact, double phraseCoverage, double nameCoverage) {}
