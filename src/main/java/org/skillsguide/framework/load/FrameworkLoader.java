package org.skillsguide.framework.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.skillsguide.framework.Framework;

/**
 * Loads a data directory (statement files {@code *.txt} and CSV exports {@code *.csv}) into one
 * framework. Never throws for bad data: every defect is a {@link Problem}, and what is sound loads.
 */
public final class FrameworkLoader {

    /** Search's synonym list lives in the same directory but is no framework data. */
    public static final String SYNONYMS_FILE = "synonyms.txt";

    private final StatementFileParser statements = new StatementFileParser();
    private final FrameworkCsvParser csv = new FrameworkCsvParser();

    /** Loads every data file directly in {@code directory} (not in sub-directories), in name order. */
    public LoadResult load(Path directory) {
        String where = directory.toString();
        if (!Files.isDirectory(directory)) {
            return failed(where, "not a readable directory");
        }
        try (Stream<Path> entries = Files.list(directory)) {
            List<Path> files = entries.filter(Files::isRegularFile).filter(FrameworkLoader::isDataFile).toList();
            if (files.isEmpty()) {
                return failed(where, "no data files (*.txt statement files or *.csv exports)");
            }
            return load(files);
        } catch (IOException e) {
            return failed(where, "cannot list the directory: " + e.getMessage());
        }
    }

    /** Loads the given files, sorted by name so that the result never depends on listing order. */
    public LoadResult load(List<Path> files) {
        List<Contribution> contributions = files.stream()
                .sorted(Comparator.comparing(file -> file.getFileName().toString()))
                .map(this::parse)
                .toList();
        return FrameworkMerger.merge(contributions);
    }

    private Contribution parse(Path file) {
        String name = file.getFileName().toString();
        if (!isDataFile(file)) {
            return Contribution.failed(name, List.of(Problem.error(name, 0,
                    "not framework data (expected a *.txt statement file other than " + SYNONYMS_FILE
                            + " or a *.csv export)")));
        }
        return extension(file).equals("csv") ? csv.parse(file) : statements.parse(file);
    }

    static boolean isDataFile(Path file) {
        String name = file.getFileName().toString();
        String extension = extension(file);
        return extension.equals("csv") || (extension.equals("txt") && !name.equalsIgnoreCase(SYNONYMS_FILE));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static LoadResult failed(String where, String message) {
        return new LoadResult(Framework.empty(), List.of(Problem.error(where, 0, message)));
    }
}
