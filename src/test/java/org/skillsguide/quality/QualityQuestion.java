package org.skillsguide.quality;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.skillsguide.answer.AnswerKind;

/**
 * One labelled question of {@code quality/questions.tsv}: what a person asked and what they meant.
 *
 * @param line the line of the file, for messages
 * @param question the words as typed, untrimmed (leading spaces are part of some questions)
 * @param kind the expected answer kind's wire name
 * @param subject the expected first subject; empty when any subject will do
 * @param secondSubject the expected second subject (the "to" of a comparison); empty otherwise
 * @param category what the question exercises; a "seed:" prefix marks a question the shipped data answers
 */
record QualityQuestion(int line, String question, String kind, String subject, String secondSubject, String category) {

    static final String RESOURCE = "/quality/questions.tsv";
    private static final String SEED_PREFIX = "seed:";

    /** True when the shipped index-data alone is enough to answer it. */
    boolean isSeed() {
        return category.startsWith(SEED_PREFIX);
    }

    /** The category without the "seed:" mark, so seed and full questions are counted together. */
    String topic() {
        return isSeed() ? category.substring(SEED_PREFIX.length()) : category;
    }

    boolean hasSubject() {
        return !subject.isEmpty();
    }

    /** "skill: Strategic thinking", "compare: A -> B", "no_match". */
    String expected() {
        return describe(kind, subject, secondSubject);
    }

    static String describe(String kind, String first, String second) {
        StringBuilder text = new StringBuilder(kind);
        if (!first.isEmpty()) {
            text.append(": ").append(first);
        }
        if (!second.isEmpty()) {
            text.append(" -> ").append(second);
        }
        return text.toString();
    }

    /** Every labelled question, in file order; a malformed line fails loudly with its number. */
    static List<QualityQuestion> all() {
        try (InputStream in = QualityQuestion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<QualityQuestion> parse(List<String> lines) {
        List<String> kinds = Arrays.stream(AnswerKind.values()).map(AnswerKind::wireName).toList();
        List<QualityQuestion> questions = new ArrayList<>();
        boolean header = true;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                if (line.toLowerCase(Locale.ROOT).startsWith("question\t")) {
                    continue;
                }
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 5) {
                throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": expected 5 tab-separated cells, found " + cells.length);
            }
            QualityQuestion question = new QualityQuestion(
                    i + 1, cells[0], cells[1].strip(), cells[2].strip(), cells[3].strip(), cells[4].strip());
            if (!kinds.contains(question.kind())) {
                throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": unknown kind " + question.kind());
            }
            if (question.category().isEmpty()) {
                throw new IllegalStateException(RESOURCE + ":" + (i + 1) + ": no category");
            }
            questions.add(question);
        }
        return List.copyOf(questions);
    }
}
