package org.skillsguide.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The scoring rules of the quality figures, on hand-made answers. */
class PredictionTest {

    private static QualityQuestion question(String kind, String subject, String second) {
        return new QualityQuestion(1, "q", kind, subject, second, "role");
    }

    @Test
    void isRightOnlyWithTheKindAndTheSubjectIgnoringCase() {
        Prediction level = new Prediction("role_level", List.of("Data engineer"), List.of(List.of("Data engineer")));
        assertTrue(level.isCorrectFor(question("role_level", "data ENGINEER", "")));
        assertFalse(level.isCorrectFor(question("role", "Data engineer", "")), "the role of the same name is another answer");
        assertFalse(level.isCorrectFor(question("role_level", "Senior data engineer", "")));
    }

    @Test
    void aComparisonNeedsBothEnds() {
        Prediction compare = new Prediction("compare", List.of("Data analyst", "Senior data analyst"), List.of());
        assertTrue(compare.isCorrectFor(question("compare", "Data analyst", "Senior data analyst")));
        assertFalse(compare.isCorrectFor(question("compare", "Data analyst", "Lead data analyst")));
    }

    @Test
    void anUnlabelledSubjectAsksOnlyForTheKind() {
        assertTrue(Prediction.nothing(org.skillsguide.answer.AnswerKind.NO_MATCH).isCorrectFor(question("no_match", "", "")));
        assertEquals(1.0, Prediction.nothing(org.skillsguide.answer.AnswerKind.NO_MATCH).reciprocalRankFor(question("no_match", "", "")));
        assertEquals(0.0, Prediction.nothing(org.skillsguide.answer.AnswerKind.HELP).reciprocalRankFor(question("no_match", "", "")));
    }

    @Test
    void reciprocalRankCountsSuggestionsAfterSubjects() {
        Prediction noMatch = new Prediction("no_match", List.of(),
                List.of(List.of("Head of test"), List.of("IT operations roles", "IT operations")));
        assertEquals(0.5, noMatch.reciprocalRankFor(question("family", "IT operations", "")));
        assertEquals(0.0, noMatch.reciprocalRankFor(question("family", "Data", "")));
    }

    @Test
    void readsTheQuestionFileWithItsCategoriesAndRejectsABadLine() {
        List<QualityQuestion> parsed = QualityQuestion.parse(List.of(
                "# comment", "question\tkind\tsubject\tsecond_subject\tcategory", "  data engineer \trole\tData engineer\t\tseed:role"));
        assertEquals(1, parsed.size());
        assertEquals("  data engineer ", parsed.get(0).question(), "questions keep their spaces");
        assertTrue(parsed.get(0).isSeed());
        assertEquals("role", parsed.get(0).topic());
        assertThrows(IllegalStateException.class, () -> QualityQuestion.parse(List.of("data engineer\trole")));
        assertThrows(IllegalStateException.class, () -> QualityQuestion.parse(List.of("x\tnot_a_kind\t\t\trole")));
    }
}
