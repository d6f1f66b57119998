package org.skillsguide.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import org.skillsguide.knowledge.Knowledge;
import org.skillsguide.knowledge.KnowledgeLoader;

/**
 * The cold figure: a fresh JVM's first {@code KnowledgeLoader.load} of the full framework, and its
 * first answer. Run once per JVM (bench/index.sh starts it several times and takes the median).
 * Prints one line: {@code cold_load_ms=… first_answer_ms=… jvm_uptime_ms=… levels=…}.
 */
public final class ColdLoad {

    public static void main(String[] args) {
        Path data = BenchData.directory();
        long start = System.nanoTime();
        Knowledge knowledge = new KnowledgeLoader().load(data);
        long loaded = System.nanoTime();
        knowledge.engine().answer("/skills lead data engineer");
        long answered = System.nanoTime();
        System.out.printf("cold_load_ms=%.1f first_answer_ms=%.1f jvm_uptime_ms=%d levels=%d%n",
                (loaded - start) / 1e6, (answered - loaded) / 1e6,
                ManagementFactory.getRuntimeMXBean().getUptime(), knowledge.framework().levelCount());
    }
}
