package org.skillsguide.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.skillsguide.Fixtures;
import org.skillsguide.answer.Answer.SkillChange.Change;

class AnswerEngineTest {

    private final AnswerEngine engine = Fixtures.engine();

    private void assertAnswer(String question, AnswerKind kind, String... subjects) {
        Answer answer = engine.answer(question);
        assertEquals(kind, answer.kind(), question + " → " + answer);
        assertEquals(List.of(subjects), answer.subjects().subList(0, Math.min(subjects.length, answer.subjects().size())), question);
    }

    @Test
    void answersRoleLevelForWhatDoesQuestionWithAcronym() {
        assertAnswer("what does a head of ITSM do", AnswerKind.ROLE_LEVEL, "Head of IT service management");
        assertAnswer("What does a Head of ITSM do?", AnswerKind.ROLE_LEVEL, "Head of IT service management");
        assertAnswer("hed of it servce managment", AnswerKind.ROLE_LEVEL, "Head of IT service management");
    }

    @Test
    void aBareNameThatIsBothRoleAndLevelIsTheRole() {
        assertAnswer("data engineer", AnswerKind.ROLE, "Data engineer");
        assertAnswer("/role data engineer", AnswerKind.ROLE, "Data engineer");
        assertAnswer("/role senior data engineer", AnswerKind.ROLE_LEVEL, "Senior data engineer");
    }

    @Test
    void answersSkillsOfALevel() {
        assertAnswer("/skills head of ITSM", AnswerKind.SKILLS, "Head of IT service management");
        assertAnswer("skills for a senior data engineer", AnswerKind.SKILLS, "Senior data engineer");
        assertAnswer("what skills does a lead data engineer need", AnswerKind.SKILLS, "Lead data engineer");
        Answer.SkillsAnswer skills = (Answer.SkillsAnswer) engine.answer("/skills senior data engineer");
        assertEquals(2, skills.skills().size());
    }

    @Test
    void skillsOfARoleMeansItsPlainLevel() {
        assertAnswer("/skills data engineer", AnswerKind.SKILLS, "Data engineer");
    }

    @Test
    void answersASkill() {
        assertAnswer("/skill strategic thinking", AnswerKind.SKILL, "Strategic thinking");
        assertAnswer("what is strategic thinking", AnswerKind.SKILL, "Strategic thinking");
        Answer.SkillAnswer skill = (Answer.SkillAnswer) engine.answer("/skill strategic thinking");
        assertEquals(3, skill.neededBy().size(), "levels that need it");
    }

    @Test
    void answersAFamily() {
        assertAnswer("what roles are there in data", AnswerKind.FAMILY, "Data");
        assertAnswer("data roles", AnswerKind.FAMILY, "Data");
    }

    @Test
    void comparesTwoLevels() {
        assertAnswer("what changes from senior data engineer to lead data engineer", AnswerKind.COMPARE,
                "Senior data engineer", "Lead data engineer");
        assertAnswer("compare senior data engineer and lead data engineer", AnswerKind.COMPARE,
                "Senior data engineer", "Lead data engineer");
        Answer.CompareAnswer compare = (Answer.CompareAnswer) engine.answer("senior data engineer vs lead data engineer");
        assertTrue(compare.changes().stream().anyMatch(c -> c.skill().equals("Data modelling") && c.change() == Change.RAISED));
        assertTrue(compare.changes().stream().anyMatch(c -> c.skill().equals("Strategic thinking") && c.change() == Change.DROPPED));
        assertTrue(compare.changes().stream().anyMatch(c -> c.skill().startsWith("Stakeholder") && c.change() == Change.NEW));
        assertEquals(List.of("set technical direction"), compare.newResponsibilities());
    }

    @Test
    void searchesStatementsForFreeText() {
        Answer answer = engine.answer("who leads a team, ensuring adequate resources and capacity");
        assertInstanceOf(Answer.StatementsAnswer.class, answer);
        assertEquals("Head of IT service management", answer.subjects().get(0));
    }

    @Test
    void saysPlainlyWhenNothingIsRelevant() {
        assertAnswer("what's the capital of France", AnswerKind.NO_MATCH);
    }

    @Test
    void suggestsCloseNamesWhenNothingMatches() {
        Answer answer = engine.answer("/skill data engineering pipelines");
        assertEquals(AnswerKind.NO_MATCH, answer.kind());
        assertFalse(answer.suggestions().isEmpty());
        assertTrue(answer.suggestions().size() <= 3);
    }

    @Test
    void offersTheOthersWhenSeveralMatchAboutEqually() {
        Answer answer = engine.answer("/role lead developer");
        assertEquals("Lead developer", answer.subjects().get(0));
        assertTrue(answer.suggestions().stream().anyMatch(s -> s.label().equals("Lead developer - management")));
    }

    @Test
    void explainsCommandsOnHelpAndEmptyArguments() {
        assertAnswer("help", AnswerKind.HELP);
        assertAnswer("/skills", AnswerKind.HELP, "skills");
        assertAnswer("/role   ", AnswerKind.HELP, "role");
        assertAnswer("", AnswerKind.HELP);
    }

    @Test
    void nextLevelIsOfferedOnALevelCard() {
        Answer.RoleLevelAnswer answer = (Answer.RoleLevelAnswer) engine.answer("/role senior data engineer");
        assertEquals("Lead data engineer", answer.nextLevel().orElseThrow().name());
    }
}
