package org.skillsguide.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The questions the bot could not answer, counted per day, so admins can see what to add to
 * {@code synonyms.txt} or their data. Only the words are kept: never who asked. Bounded: old days
 * are dropped and each day keeps at most {@link #MAX_PER_DAY} distinct questions.
 */
public final class UnansweredQuestions {

    static final int MAX_PER_DAY = 1_000;
    static final int DAYS_KEPT = 30;
    private static final int MAX_QUESTION_CHARS = 200;

    private final Clock clock;
    private final TreeMap<LocalDate, Map<String, Integer>> days = new TreeMap<>();

    public UnansweredQuestions(Clock clock) {
        this.clock = clock;
    }

    /** One count for a question nothing answered. */
    public synchronized void record(String question) {
        String key = normalise(question);
        if (key.isEmpty()) {
            return;
        }
        LocalDate today = today();
        Map<String, Integer> counts = days.computeIfAbsent(today, d -> new HashMap<>());
        if (counts.containsKey(key) || counts.size() < MAX_PER_DAY) {
            counts.merge(key, 1, Integer::sum);
        }
        days.headMap(today.minusDays(DAYS_KEPT - 1L)).clear();
    }

    /** The most frequent unanswered questions of the last {@code period}, most asked first. */
    public synchronized List<Count> mostFrequent(Duration period, int limit) {
        LocalDate from = today().minusDays(Math.max(0, period.toDays() - 1));
        Map<String, Integer> totals = new HashMap<>();
        days.tailMap(from, true).values().forEach(counts -> counts.forEach((q, n) -> totals.merge(q, n, Integer::sum)));
        List<Count> result = new ArrayList<>();
        totals.forEach((q, n) -> result.add(new Count(q, n)));
        result.sort(Comparator.comparingInt(Count::count).reversed().thenComparing(Count::question));
        return result.subList(0, Math.min(limit, result.size()));
    }

    /** A question and how many times it went unanswered. */
    public record Count(String question, int count) {}

    private LocalDate today() {
        return LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC);
    }

    /** Case and spacing do not make a new question; a pasted essay is kept by its start. */
    static String normalise(String question) {
        String text = question.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return text.length() > MAX_QUESTION_CHARS ? text.substring(0, MAX_QUESTION_CHARS) + "…" : text;
    }
}
