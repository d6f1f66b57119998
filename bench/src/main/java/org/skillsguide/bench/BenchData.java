package org.skillsguide.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The data every benchmark loads: the shipped {@code index-data/} plus the full UK framework export
 * (roles.csv, skills.csv), copied into a temporary directory. The export is never copied into the
 * repository.
 *
 * <p>{@code BENCH_DATA_DIR} names a ready directory (the scripts build one once and share it);
 * otherwise one is built here from {@code SKILLS_GUIDE_FRAMEWORK} (default
 * {@code ../shared/frameworks/uk-gdad-pcf}) and {@code ./index-data}, relative to the project root.
 */
public final class BenchData {

    private BenchData() {}

    public static Path directory() {
        String ready = System.getenv("BENCH_DATA_DIR");
        if (ready != null && !ready.isBlank()) {
            Path dir = Path.of(ready);
            requireFramework(dir, "BENCH_DATA_DIR");
            return dir;
        }
        String framework = System.getenv().getOrDefault("SKILLS_GUIDE_FRAMEWORK", "../shared/frameworks/uk-gdad-pcf");
        Path export = Path.of(framework);
        requireFramework(export, "SKILLS_GUIDE_FRAMEWORK");
        Path indexData = Path.of("index-data");
        if (!Files.isDirectory(indexData)) {
            throw new IllegalStateException("no index-data/ in " + Path.of("").toAbsolutePath()
                    + ": run the benchmarks from the project root (bench/search.sh does)");
        }
        try {
            Path temp = Files.createTempDirectory("skills-guide-bench-data");
            copy(indexData, temp, null);
            copy(export, temp, "roles.csv");
            copy(export, temp, "skills.csv");
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireFramework(Path dir, String variable) {
        if (!Files.isRegularFile(dir.resolve("roles.csv")) || !Files.isRegularFile(dir.resolve("skills.csv"))) {
            throw new IllegalStateException("The full framework export (roles.csv, skills.csv) is absent at "
                    + dir.toAbsolutePath().normalize() + ". Set " + variable
                    + " to the directory holding it (default ../shared/frameworks/uk-gdad-pcf from the project root).");
        }
    }

    private static void copy(Path from, Path to, String onlyName) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (onlyName == null || onlyName.equals(name)) {
                    Files.copy(file, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
