package org.skillsguide.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.skillsguide.answer.AnswerEngine;
import org.skillsguide.framework.Framework;
import org.skillsguide.framework.load.LoadResult;
import org.skillsguide.framework.load.Problem;
import org.skillsguide.search.FrameworkIndex;
import org.skillsguide.search.Synonyms;

/**
 * One loaded generation of the data: the framework, its index, the engine over it, and every
 * problem found while loading. Immutable; a reload makes a new one.
 */
public record Knowledge(AnswerEngine engine, LoadResult load, Synonyms synonyms, Instant loadedAt) {

    public Framework framework() {
        return load.framework();
    }

    public FrameworkIndex index() {
        return engine.index();
    }

    /** Problems of the statement and CSV files, then of the synonyms file. */
    public List<Problem> problems() {
        List<Problem> all = new ArrayList<>(load.problems());
        all.addAll(synonyms.problems());
        return all;
    }

    public boolean hasErrors() {
        return problems().stream().anyMatch(Problem::isError);
    }
}
