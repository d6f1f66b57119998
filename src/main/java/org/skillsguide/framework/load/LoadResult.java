package org.skillsguide.framework.load;

import java.util.List;
import org.skillsguide.framework.Framework;

/** A loaded framework with every problem found on the way; the framework holds all that was sound. */
public record LoadResult(Framework framework, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
