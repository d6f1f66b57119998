package org.skillsguide.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsguide.SharedFramework;
import org.skillsguide.answer.Answer;
import org.skillsguide.answer.AnswerKind;
import org.skillsguide.answer.render.Presentation;
import org.skillsguide.answer.render.SlackLimits;
import org.skillsguide.answer.render.SlackMessage;
import org.skillsguide.answer.render.SlackRenderer;
import org.skillsguide.answer.render.TerminalRenderer;
import org.skillsguide.framework.Framework;

/** Every card of the real framework: inside Slack's limits, and no placeholder shown as text. */
class SharedFrameworkAnswersTest {

    private static final List<String> PLACEHOLDERS = List.of("missing", "not in use", "currently not defined");

    private static Knowledge knowledge;

    @BeforeAll
    static void load(@TempDir Path temp) {
        knowledge = new KnowledgeLoader().load(SharedFramework.dataDirectoryIn(temp));
    }

    @Test
    void loadsTheWholeFrameworkWithoutErrors() {
        Framework framework = knowledge.framework();
        assertEquals(8, framework.families().size());
        assertEquals(52, framework.roleCount());
        assertEquals(201, framework.levelCount());
        assertEquals(188, framework.skills().size());
        assertFalse(knowledge.hasErrors(), knowledge.problems().toString());
    }

    @Test
    void everyCardFitsSlackAndShowsNoPlaceholder() {
        Framework framework = knowledge.framework();
        List<String> questions = new ArrayList<>();
        framework.families().forEach(f -> questions.add("what roles are there in " + f.name()));
        framework.roles().forEach(r -> questions.add("/role " + r.name()));
        framework.levels().forEach(l -> {
            questions.add("/role " + l.name());
            questions.add("/skills " + l.name());
        });
        framework.skills().forEach(s -> questions.add("/skill " + s.name()));
        for (String question : questions) {
            Answer answer = knowledge.engine().answer(question);
            assertTrue(answer.kind() != AnswerKind.NO_MATCH, question + " found nothing");
            for (int page = 1; page <= 20; page++) {
                SlackMessage message = SlackRenderer.render(answer, Presentation.privateCard().onPage(page));
                assertTrue(SlackLimits.violations(message).isEmpty(), question + " page " + page + ": " + SlackLimits.violations(message));
                assertNoPlaceholder(question, message.toJson().toString());
                if (!message.blocksJson().contains("\"sg_page\"")) {
                    break;
                }
            }
            assertNoPlaceholder(question, TerminalRenderer.render(answer));
        }
    }

    @Test
    void everySuggestionLeadsToTheThingItNames() {
        List<String> questions = List.of("lead developer", "/skills devops engineer", "what does a lead delivery manager do",
                "manager", "/role architect", "/skill stakeholder relationship management", "communication skills",
                "what changes from senior data engineer to lead data engineer", "who leads a team", "junior data scientist",
                "/skills data scientist", "what is user research", "ITSM", "designer");
        for (String question : questions) {
            for (var suggestion : knowledge.engine().answer(question).suggestions()) {
                Answer followed = knowledge.engine().answer(suggestion.query());
                assertTrue(followed.kind() != AnswerKind.NO_MATCH, question + " → " + suggestion + " found nothing");
                assertEquals(suggestion.subject(), followed.subjects().get(0), question + " → " + suggestion);
            }
        }
    }

    @Test
    void theNamedAnswerIsTheOneAskedFor() {
        Framework framework = knowledge.framework();
        framework.levels().forEach(l -> assertEquals(l.name(), knowledge.engine().answer("/skills " + l.name()).subjects().get(0)));
        framework.skills().forEach(s -> assertEquals(s.name(), knowledge.engine().answer("/skill " + s.name()).subjects().get(0)));
    }

    private static void assertNoPlaceholder(String question, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String placeholder : PLACEHOLDERS) {
            assertFalse(lower.contains(placeholder), question + " shows placeholder '" + placeholder + "'");
        }
        assertFalse(text.contains("\u00a0") || text.contains("\u200b") || text.contains("\u2028"), question + " shows invisible characters");
    }
}
