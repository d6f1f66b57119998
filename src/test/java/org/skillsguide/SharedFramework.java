package org.skillsguide;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The real UK framework export in ../shared, for tests that need messy real data. It is never
 * copied into the repository: tests copy it, with the shipped index-data, into a temporary folder.
 */
public final class SharedFramework {

    public static final Path EXPORT = Path.of("..", "shared", "frameworks", "uk-gdad-pcf");

    private SharedFramework() {}

    /** Skips the calling test, saying why, when ../shared is not beside the project. */
    public static void assumePresent() {
        boolean present = Files.isRegularFile(EXPORT.resolve("roles.csv")) && Files.isRegularFile(EXPORT.resolve("skills.csv"));
        if (!present) {
            System.out.println("Skipped: the shared framework export is absent at " + EXPORT.toAbsolutePath().normalize());
        }
        assumeTrue(present, "the shared framework export is absent at " + EXPORT.toAbsolutePath().normalize());
    }

    /** A data directory holding the shipped index-data and the two shared CSVs. */
    public static Path dataDirectoryIn(Path temp) {
        assumePresent();
        try {
            copyAll(Path.of("index-data"), temp);
            copyAll(EXPORT, temp, "roles.csv", "skills.csv");
            return temp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyAll(Path from, Path to, String... only) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (only.length == 0 || java.util.Arrays.asList(only).contains(name)) {
                    Files.copy(file, to.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }
}
