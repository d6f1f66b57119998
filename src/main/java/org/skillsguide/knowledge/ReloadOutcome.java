package org.skillsguide.knowledge;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.skillsguide.framework.load.Problem;

/**
 * What one reload did.
 *
 * @param swapped the new data now answers; false when its errors kept the old data serving
 * @param at when the reload finished
 * @param took how long loading and indexing took
 * @param problems every problem the new data has (errors and warnings)
 * @param summary counts of what the new data holds, e.g. "8 families, 52 roles, 201 role levels, 188 skills"
 */
public record ReloadOutcome(boolean swapped, Instant at, Duration took, List<Problem> problems, String summary) {

    public ReloadOutcome {
        problems = List.copyOf(problems);
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    /** One line for logs and for the admin who asked. */
    public String describe() {
        if (swapped) {
            return "Reloaded in " + took.toMillis() + " ms: " + summary + (problems.isEmpty() ? "" : " (" + problems.size() + " warnings)");
        }
        return "Reload failed with " + errors().size() + " errors; still answering from the data loaded before. First error: "
                + errors().get(0);
    }
}
