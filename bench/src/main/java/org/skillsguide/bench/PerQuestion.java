package org.skillsguide.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.skillsguide.answer.Answer;
import org.skillsguide.answer.AnswerEngine;
import org.skillsguide.answer.render.Presentation;
import org.skillsguide.answer.render.SlackRenderer;
import org.skillsguide.knowledge.KnowledgeLoader;

/**
 * Which questions are slow: after a warm-up over the whole set, each question is answered and
 * rendered many times and its median printed, slowest first, with its answer kind and JSON size.
 * Not JMH: a diagnostic to say where the mean of {@link SearchBenchmark} goes.
 */
public final class PerQuestion {

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 201;
        AnswerEngine engine = new KnowledgeLoader().load(BenchData.directory()).engine();
        Questions questions = Questions.load();
        long deadline = System.nanoTime() + 15_000_000_000L; // warm-up bounded to 15 s
        for (int i = 0; i < 200 && System.nanoTime() < deadline; i++) {
            for (String q : questions.texts()) {
                render(engine, q);
            }
        }
        record Row(String category, String question, String kind, int bytes, double medianMicros) {}
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            String q = questions.texts().get(i);
            long[] times = new long[rounds];
            int bytes = 0;
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                bytes = render(engine, q).length();
                times[r] = System.nanoTime() - t0;
            }
            Arrays.sort(times);
            rows.add(new Row(questions.categories().get(i), q, engine.answer(q).kind().toString(), bytes,
                    times[rounds / 2] / 1e3));
        }
        rows.sort(Comparator.comparingDouble(Row::medianMicros).reversed());
        System.out.printf("%10s  %-12s  %-12s %7s  %s%n", "median µs", "category", "kind", "chars", "question");
        for (Row row : rows) {
            System.out.printf("%10.1f  %-12s  %-12s %7d  %s%n", row.medianMicros(), row.category(), row.kind(),
                    row.bytes(), row.question().strip());
        }
        System.out.printf("mean of medians: %.1f µs over %d questions%n",
                rows.stream().mapToDouble(Row::medianMicros).average().orElse(0), rows.size());
    }

    private static String render(AnswerEngine engine, String question) {
        Answer answer = engine.answer(question);
        return SlackRenderer.render(answer, Presentation.privateCard()).toJson().toString();
    }
}
