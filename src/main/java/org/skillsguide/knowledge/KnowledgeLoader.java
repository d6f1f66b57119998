package org.skillsguide.knowledge;

import java.nio.file.Path;
import java.time.Clock;
import org.skillsguide.answer.AnswerEngine;
import org.skillsguide.framework.load.FrameworkLoader;
import org.skillsguide.framework.load.LoadResult;
import org.skillsguide.search.FrameworkIndex;
import org.skillsguide.search.Synonyms;

/** Loads a data directory into {@link Knowledge}: files → model → index → engine. */
public final class KnowledgeLoader {

    private final Clock clock;

    public KnowledgeLoader(Clock clock) {
        this.clock = clock;
    }

    public KnowledgeLoader() {
        this(Clock.systemUTC());
    }

    public Knowledge load(Path dataDirectory) {
        LoadResult load = new FrameworkLoader().load(dataDirectory);
        Synonyms synonyms = Synonyms.readFrom(dataDirectory);
        FrameworkIndex index = FrameworkIndex.build(load.framework(), synonyms);
        return new Knowledge(new AnswerEngine(index), load, synonyms, clock.instant());
    }
}
