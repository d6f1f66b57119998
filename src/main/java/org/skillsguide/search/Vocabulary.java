package org.skillsguide.search;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every word of every name, for forgiving misspellings quickly. Each word is filed under every
 * form it takes with up to two letters deleted; a typed word's own deletions then find the words
 * within two edits of it with a handful of lookups (the "symmetric delete" method). Lucene's
 * FuzzyQuery builds an automaton per word per query, which costs more than a whole answer may.
 */
final class Vocabulary {

    private static final int MAX_EDITS = 2;

    private final Set<String> words;
    private final Map<String, List<String>> byDeletion = new HashMap<>();

    Vocabulary(Collection<String> words) {
        this.words = Set.copyOf(new HashSet<>(words));
        for (String word : this.words) {
            for (String deleted : deletions(word, MAX_EDITS)) {
                byDeletion.computeIfAbsent(deleted, d -> new ArrayList<>(2)).add(word);
            }
        }
    }

    boolean contains(String word) {
        return words.contains(word);
    }

    /**
     * The name words a typed word may stand for, each with its {@link NameScorer#similarity}: the
     * word itself, its likely corrections when it is no name word, and (for the word being typed
     * in a typeahead) the words it begins.
     */
    Map<String, Double> near(String typed, boolean prefix) {
        Map<String, Double> near = new HashMap<>();
        if (words.contains(typed)) {
            near.put(typed, 1.0);
        } else if (NameScorer.allowedEdits(typed) > 0) {
            for (String deleted : deletions(typed, NameScorer.allowedEdits(typed))) {
                for (String word : byDeletion.getOrDefault(deleted, List.of())) {
                    double similarity = NameScorer.similarity(typed, word, false);
                    if (similarity > 0) {
                        near.merge(word, similarity, Math::max);
                    }
                }
            }
        }
        if (prefix && typed.length() >= 2) {
            for (String word : words) {
                if (word.length() > typed.length() && word.startsWith(typed)) {
                    near.merge(word, NameScorer.similarity(typed, word, true), Math::max);
                }
            }
        }
        return near;
    }

    /** The word and every form of it with up to {@code edits} letters deleted. */
    private static Set<String> deletions(String word, int edits) {
        Set<String> all = new HashSet<>();
        all.add(word);
        List<String> frontier = List.of(word);
        for (int round = 0; round < edits; round++) {
            List<String> next = new ArrayList<>();
            for (String form : frontier) {
                for (int i = 0; i < form.length() && form.length() > 1; i++) {
                    String deleted = form.substring(0, i) + form.substring(i + 1);
                    if (all.add(deleted)) {
                        next.add(deleted);
                    }
                }
            }
            frontier = next;
        }
        return all;
    }
}
