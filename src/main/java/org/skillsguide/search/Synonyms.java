package org.skillsguide.search;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.skillsguide.framework.load.Problem;

/**
 * Acronyms and alternative names from a Solr-format synonyms file, applied at query time.
 *
 * <p>Lines are checked one at a time so that one bad line is reported with its number and the
 * rest still apply (Lucene's parser stops at the first error).
 */
public record Synonyms(SynonymMap map, List<Problem> problems) {

    public static final String FILE_NAME = "synonyms.txt";

    public Synonyms {
        problems = List.copyOf(problems);
    }

    public static Synonyms none() {
        return parse("", "(none)");
    }

    /** Reads {@code synonyms.txt} of a data directory; a missing file means no synonyms. */
    public static Synonyms readFrom(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return none();
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), FILE_NAME);
        } catch (IOException e) {
            Synonyms empty = none();
            return new Synonyms(empty.map(), List.of(Problem.error(FILE_NAME, 0, "cannot read: " + e.getMessage())));
        }
    }

    public static Synonyms parse(String text, String fileName) {
        List<Problem> problems = new ArrayList<>();
        StringBuilder sound = new StringBuilder();
        String[] lines = text.split("\\R", -1);
        try (Analyzer analyzer = IndexSchema.synonymEntryAnalyzer()) {
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                try {
                    newParser(analyzer).parse(new StringReader(line));
                    sound.append(line).append('\n');
                } catch (ParseException | IOException | IllegalArgumentException e) {
                    problems.add(Problem.error(fileName, i + 1, "not a synonym rule (" + reason(e) + "): " + line));
                }
            }
            SolrSynonymParser parser = newParser(analyzer);
            parser.parse(new StringReader(sound.toString()));
            return new Synonyms(parser.build(), problems);
        } catch (ParseException | IOException e) {
            throw new IllegalStateException("synonym lines that parsed alone failed together", e);
        }
    }

    private static SolrSynonymParser newParser(Analyzer analyzer) {
        return new SolrSynonymParser(true, true, analyzer);
    }

    private static String reason(Exception e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
