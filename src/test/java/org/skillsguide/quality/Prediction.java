package org.skillsguide.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.skillsguide.answer.Answer;
import org.skillsguide.answer.AnswerKind;
import org.skillsguide.answer.Suggestion;

/**
 * What a system answered, reduced to what the quality figures need: the kind, the subjects, and a
 * ranked list of everything offered (subjects first, then suggestions) for the reciprocal rank.
 *
 * @param kind the answer kind's wire name
 * @param subjects exact names the answer is about, best first
 * @param ranked one entry per position offered to the asker; each entry lists the names that
 *     position stands for (a suggestion "Data (role)" with query "/role Data" stands for "Data")
 */
record Prediction(String kind, List<String> subjects, List<List<String>> ranked) {

    private static final List<String> LABEL_SUFFIXES = List.of(" (role)", " (skill)", " roles");
    private static final List<String> LABEL_PREFIXES = List.of("Skills for ");
    private static final List<String> QUERY_PREFIXES = List.of("/role ", "/skills ", "/skill ", "what roles are there in ");

    Prediction {
        subjects = List.copyOf(subjects);
        ranked = ranked.stream().map(List::copyOf).toList();
    }

    static Prediction of(Answer answer) {
        List<List<String>> ranked = new ArrayList<>();
        answer.subjects().forEach(subject -> ranked.add(List.of(subject)));
        answer.suggestions().forEach(suggestion -> ranked.add(namesOf(suggestion)));
        return new Prediction(answer.kind().wireName(), answer.subjects(), ranked);
    }

    static Prediction nothing(AnswerKind kind) {
        return new Prediction(kind.wireName(), List.of(), List.of());
    }

    /** The first subject, or empty. */
    String first() {
        return subjects.isEmpty() ? "" : subjects.get(0);
    }

    String second() {
        return subjects.size() < 2 ? "" : subjects.get(1);
    }

    String describe() {
        return QualityQuestion.describe(kind, first(), kind.equals(AnswerKind.COMPARE.wireName()) ? second() : "");
    }

    /** Right at the first answer: the kind, and each expected subject where one is labelled. */
    boolean isCorrectFor(QualityQuestion question) {
        return kind.equals(question.kind())
                && (!question.hasSubject() || same(first(), question.subject()))
                && (question.secondSubject().isEmpty() || same(second(), question.secondSubject()));
    }

    /**
     * 1/rank of the expected first subject among everything offered, 0 when absent. The kind does not
     * count here (it does in precision@1): the figure says whether the thing meant was within reach.
     * Questions with no labelled subject score 1 when the kind is right, else 0.
     */
    double reciprocalRankFor(QualityQuestion question) {
        if (!question.hasSubject()) {
            return kind.equals(question.kind()) ? 1.0 : 0.0;
        }
        for (int i = 0; i < ranked.size(); i++) {
            if (ranked.get(i).stream().anyMatch(name -> same(name, question.subject()))) {
                return 1.0 / (i + 1);
            }
        }
        return 0.0;
    }

    private static List<String> namesOf(Suggestion suggestion) {
        List<String> names = new ArrayList<>();
        names.add(suggestion.label());
        for (String suffix : LABEL_SUFFIXES) {
            if (suggestion.label().endsWith(suffix)) {
                names.add(suggestion.label().substring(0, suggestion.label().length() - suffix.length()));
            }
        }
        for (String prefix : LABEL_PREFIXES) {
            if (suggestion.label().startsWith(prefix)) {
                names.add(suggestion.label().substring(prefix.length()));
            }
        }
        for (String prefix : QUERY_PREFIXES) {
            if (suggestion.query().startsWith(prefix)) {
                names.add(suggestion.query().substring(prefix.length()));
            }
        }
        return names;
    }

    static boolean same(String a, String b) {
        return a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
