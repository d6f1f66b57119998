package org.skillsguide.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The engine's and the baseline's figures side by side, their failures, and every question. */
final class QualityReport {

    private QualityReport() {}

    static String render(String title, QualityRun engine, QualityRun baseline) {
        StringBuilder out = new StringBuilder();
        out.append("== ").append(title).append(" ==\n\n");
        out.append(figures(engine)).append(figures(baseline)).append('\n');

        out.append("By category (questions, ").append(engine.system()).append(" P@1, ").append(baseline.system()).append(" P@1):\n");
        Map<String, long[]> engineCounts = engine.byCategory();
        Map<String, long[]> baselineCounts = baseline.byCategory();
        engineCounts.forEach((category, count) -> {
            long[] base = baselineCounts.getOrDefault(category, new long[2]);
            out.append(String.format(Locale.ROOT, "  %-14s %4d   %5.2f   %5.2f%n",
                    category, count[0], ratio(count[1], count[0]), ratio(base[1], base[0])));
        });
        out.append('\n');

        List<QualityRun.Result> failures = engine.failures();
        out.append(engine.system()).append(" failures (").append(failures.size()).append("):\n");
        for (QualityRun.Result failure : failures) {
            out.append(String.format(Locale.ROOT, "  [%s] %s%n      expected %s%n      got      %s   (RR %.2f)%s%n",
                    failure.question().category(), quoted(failure.question().question()), failure.question().expected(),
                    failure.prediction().describe(), failure.reciprocalRank(), offered(failure.prediction())));
        }
        out.append('\n');

        out.append("Per question (E = ").append(engine.system()).append(", B = ").append(baseline.system())
                .append("; + right at first answer, - wrong):\n");
        out.append(String.format(Locale.ROOT, "  E B  %-17s | %-58s | %-52s | %-52s | %s%n",
                "category", "question", "expected", "engine", "baseline"));
        for (int i = 0; i < engine.size(); i++) {
            QualityRun.Result e = engine.results().get(i);
            QualityRun.Result b = baseline.results().get(i);
            out.append(String.format(Locale.ROOT, "  %s %s  %-17s | %-58s | %-52s | %-52s | %s%n",
                    e.correct() ? "+" : "-", b.correct() ? "+" : "-", e.question().category(),
                    quoted(e.question().question()), e.question().expected(), e.prediction().describe(),
                    b.prediction().describe()));
        }
        return out.toString();
    }

    static String figures(QualityRun run) {
        return String.format(Locale.ROOT, "%-9s precision@1 %.3f (%d/%d)   MRR %.3f%n",
                run.system(), run.precisionAt1(), run.correct(), run.size(), run.meanReciprocalRank());
    }

    static void write(Path file, String report) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the quality report " + file, e);
        }
    }

    private static String offered(Prediction prediction) {
        if (prediction.ranked().size() <= prediction.subjects().size()) {
            return "";
        }
        List<String> suggestions = prediction.ranked().subList(prediction.subjects().size(), prediction.ranked().size())
                .stream().map(names -> names.get(0)).toList();
        return "\n      offered  " + String.join(" | ", suggestions);
    }

    private static String quoted(String question) {
        return "\"" + question + "\"";
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
