package org.skillsguide.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.skillsguide.answer.Answer;
import org.skillsguide.answer.AnswerEngine;
import org.skillsguide.answer.render.Presentation;
import org.skillsguide.answer.render.SlackRenderer;
import org.skillsguide.knowledge.KnowledgeLoader;

/**
 * One answer per invocation, cycling through the mixed question set on the full framework: the
 * mean and the percentiles are per answer, over the mix. {@link #answerAndRender} is what a slash
 * command costs the bot (engine + Slack JSON); {@link #answerOnly} separates the engine's share.
 */
@BenchmarkMode(Mode.SampleTime) // its score is the mean; it also gives p50, p99, p99.9
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
public class SearchBenchmark {

    @State(Scope.Benchmark)
    public static class Engine {
        AnswerEngine engine;
        List<String> questions;

        @Setup(Level.Trial)
        public void load() {
            engine = new KnowledgeLoader().load(BenchData.directory()).engine();
            questions = Questions.load().texts();
        }
    }

    /** Where this thread is in the question set. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        String nextOf(List<String> questions) {
            String question = questions.get(next);
            next = next + 1 == questions.size() ? 0 : next + 1;
            return question;
        }
    }

    @Benchmark
    public String answerAndRender(Engine engine, Cursor cursor) {
        Answer answer = engine.engine.answer(cursor.nextOf(engine.questions));
        return SlackRenderer.render(answer, Presentation.privateCard()).toJson().toString();
    }

    @Benchmark
    public Answer answerOnly(Engine engine, Cursor cursor) {
        return engine.engine.answer(cursor.nextOf(engine.questions));
    }
}
