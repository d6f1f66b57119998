package org.skillsguide.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** One system's answers to a question set, and the figures: precision@1, MRR, by category. */
record QualityRun(String system, List<Result> results) {

    /** One question, what the system answered, and how it scored. */
    record Result(QualityQuestion question, Prediction prediction, boolean correct, double reciprocalRank) {}

    QualityRun {
        results = List.copyOf(results);
    }

    static QualityRun of(String system, List<QualityQuestion> questions, Function<String, Prediction> answerer) {
        List<Result> results = new ArrayList<>();
        for (QualityQuestion question : questions) {
            Prediction prediction = answerer.apply(question.question());
            results.add(new Result(question, prediction, prediction.isCorrectFor(question), prediction.reciprocalRankFor(question)));
        }
        return new QualityRun(system, results);
    }

    int size() {
        return results.size();
    }

    long correct() {
        return results.stream().filter(Result::correct).count();
    }

    double precisionAt1() {
        return results.isEmpty() ? 0 : (double) correct() / results.size();
    }

    double meanReciprocalRank() {
        return results.stream().mapToDouble(Result::reciprocalRank).average().orElse(0);
    }

    List<Result> failures() {
        return results.stream().filter(r -> !r.correct()).toList();
    }

    /** Category → [questions, correct], in first-seen order. */
    Map<String, long[]> byCategory() {
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Result result : results) {
            long[] count = counts.computeIfAbsent(result.question().topic(), k -> new long[2]);
            count[0]++;
            if (result.correct()) {
                count[1]++;
            }
        }
        return counts;
    }
}
