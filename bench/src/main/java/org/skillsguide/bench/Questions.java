package org.skillsguide.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The mixed question set of {@code questions.tsv}: category and question, in file order. */
public record Questions(List<String> categories, List<String> texts) {

    public static Questions load() {
        List<String> categories = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        try (InputStream in = Questions.class.getResourceAsStream("/questions.tsv")) {
            if (in == null) {
                throw new IllegalStateException("questions.tsv is missing from the benchmark jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                int tab = line.indexOf('\t');
                categories.add(line.substring(0, tab));
                texts.add(line.substring(tab + 1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Questions(List.copyOf(categories), List.copyOf(texts));
    }

    public int size() {
        return texts.size();
    }
}
