package org.skillsguide.search;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.skillsguide.text.EditDistance;

/**
 * Scores how well a phrase's words and a name's words cover each other.
 *
 * <p>Lucene's BM25 finds candidate names; it cannot say "this phrase <em>is</em> that name",
 * because it rewards rare words and ignores what the name has that the phrase lacks. Telling
 * "Lead developer" from "Lead developer - management" needs both coverages, so candidates are
 * re-ranked here by the harmonic mean of the name's and the phrase's coverage.
 */
final class NameScorer {

    /** Joining words: they may be missing from a phrase without changing what it names. */
    static final Set<String> MINOR_WORDS = Set.of("of", "and", "the", "a", "an", "in", "for", "to", "with", "on");

    private static final double MINOR_WEIGHT = 0.25;
    /** Words in parentheses qualify a name ("Business analysis (IT operations)"); asking without them is fine. */
    private static final double QUALIFIER_WEIGHT = 0.35;

    private NameScorer() {}

    /** A name prepared for scoring: its analysed words and how much each one counts. */
    record Name(EntityType type, String name, List<String> words, double[] weights) {

        static Name of(EntityType type, String name, List<String> words, String rawName) {
            double[] weights = new double[words.size()];
            String qualifier = qualifierOf(rawName);
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                if (MINOR_WORDS.contains(word)) {
                    weights[i] = MINOR_WEIGHT;
                } else if (!qualifier.isEmpty() && qualifier.contains(word)) {
                    weights[i] = QUALIFIER_WEIGHT;
                } else {
                    weights[i] = 1.0;
                }
            }
            return new Name(type, name, words, weights);
        }

        private static String qualifierOf(String rawName) {
            int open = rawName.indexOf('(');
            int close = rawName.indexOf(')', open + 1);
            return open >= 0 && close > open ? rawName.substring(open + 1, close).toLowerCase(java.util.Locale.ROOT) : "";
        }
    }

    /** The score of one reading of the phrase against a name, and whether it was exact. */
    record Score(double value, boolean exact, double phraseCoverage, double nameCoverage) {}

    /**
     * Scores one reading of the phrase against a name.
     *
     * @param near for each word of the phrase, the name words it may stand for and how closely
     */
    static Score score(List<String> phrase, Name name, Map<String, Map<String, Double>> near) {
        double nameWeight = 0;
        double nameCovered = 0;
        boolean exact = true;
        for (int j = 0; j < name.words().size(); j++) {
            String nameWord = name.words().get(j);
            double best = 0;
            for (String word : phrase) {
                best = Math.max(best, near.get(word).getOrDefault(nameWord, 0.0));
            }
            nameWeight += name.weights()[j];
            nameCovered += name.weights()[j] * best;
            exact &= best == 1.0 || name.weights()[j] < 1.0;
        }
        double phraseCount = 0;
        double phraseCovered = 0;
        for (String word : phrase) {
            if (MINOR_WORDS.contains(word)) {
                continue;
            }
            Map<String, Double> candidates = near.get(word);
            double best = 0;
            for (String nameWord : name.words()) {
                best = Math.max(best, candidates.getOrDefault(nameWord, 0.0));
            }
            phraseCount++;
            phraseCovered += best;
            exact &= best == 1.0;
        }
        if (phraseCount == 0 || nameWeight == 0) {
            return new Score(0, false, 0, 0);
        }
        double nameCoverage = nameCovered / nameWeight;
        double phraseCoverage = phraseCovered / phraseCount;
        if (nameCoverage + phraseCoverage == 0) {
            return new Score(0, false, 0, 0);
        }
        return new Score(2 * nameCoverage * phraseCoverage / (nameCoverage + phraseCoverage), exact, phraseCoverage, nameCoverage);
    }

    /** 1 for the same word, less for a likely misspelling, 0 otherwise. */
    static double similarity(String typed, String word, boolean prefix) {
        if (typed.equals(word)) {
            return 1.0;
        }
        if (prefix && typed.length() >= 2 && word.startsWith(typed)) {
            return 0.9;
        }
        int allowed = allowedEdits(typed);
        if (allowed == 0 || word.length() < 3 || (typed.length() <= 4 && typed.charAt(0) != word.charAt(0))) {
            return 0;
        }
        int distance = EditDistance.bounded(typed, word, allowed);
        if (distance > allowed) {
            return 0;
        }
        return distance == 1 ? 0.8 : 0.5;
    }

    /** Short words are acronyms or too easily something else ("ba" is one edit from "it"): no fuzz. */
    static int allowedEdits(String word) {
        if (word.length() >= 8) {
            return 2;
        }
        return word.length() >= 3 ? 1 : 0;
    }
}
