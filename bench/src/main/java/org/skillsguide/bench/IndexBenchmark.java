package org.skillsguide.bench;

import java.nio.file.Path;
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
import org.skillsguide.knowledge.Knowledge;
import org.skillsguide.knowledge.KnowledgeLoader;

/**
 * Loading and indexing the full framework from its files (what start-up and a reload pay), after
 * the JVM has warmed up. The cold figure (a fresh JVM's first load) is {@link ColdLoad}.
 */
@BenchmarkMode(Mode.SampleTime) // its score is the mean; it also gives p50, p99, p99.9
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(value = 2, jvmArgsAppend = {"-Xmx1g", "-Dfile.encoding=UTF-8"})
@State(Scope.Benchmark)
public class IndexBenchmark {

    Path data;

    @Setup(Level.Trial)
    public void data() {
        data = BenchData.directory();
    }

    @Benchmark
    public Knowledge load() {
        return new KnowledgeLoader().load(data);
    }
}
