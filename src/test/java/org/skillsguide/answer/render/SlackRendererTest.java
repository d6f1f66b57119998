package org.skillsguide.answer.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.skillsguide.Fixtures;
import org.skillsguide.answer.Answer;
import org.skillsguide.answer.AnswerEngine;
import org.skillsguide.framework.RoleLevel;
import org.skillsguide.framework.Skill;
import org.skillsguide.framework.SkillLevel;
import org.skillsguide.framework.SkillRequirement;

class SlackRendererTest {

    private final AnswerEngine engine = Fixtures.engine();

    @Test
    void privateCardIsEphemeralWithShareButtons() {
        SlackMessage message = SlackRenderer.render(engine.answer("what does a head of ITSM do"), Presentation.privateCard());
        JsonObject json = message.toJson();
        assertEquals("ephemeral", json.get("response_type").getAsString());
        String blocks = json.get("blocks").toString();
        assertTrue(blocks.contains(CardActions.SHARE_HERE) && blocks.contains(CardActions.SHARE_TO), blocks);
        assertTrue(blocks.contains("Head of IT service management"));
        assertTrue(blocks.contains("What changes at") || blocks.contains("Skills for this level"));
        assertTrue(SlackLimits.violations(message).isEmpty(), SlackLimits.violations(message).toString());
    }

    @Test
    void sharedCardIsInChannelAndNamesWhoShared() {
        SlackMessage message = SlackRenderer.render(engine.answer("/skill strategic thinking"), Presentation.sharedBy("U123"));
        assertEquals("in_channel", message.responseType());
        String blocks = message.toJson().get("blocks").toString();
        assertTrue(blocks.contains("Shared by <@U123>"), blocks);
        assertFalse(blocks.contains(CardActions.SHARE_HERE));
    }

    @Test
    void aCardInAConversationOffersOnlyShareTo() {
        String blocks = SlackRenderer.render(engine.answer("/skill strategic thinking"), Presentation.inConversation()).blocksJson();
        assertTrue(blocks.contains(CardActions.SHARE_TO), blocks);
        assertFalse(blocks.contains(CardActions.SHARE_HERE), blocks);
    }

    @Test
    void aFailureSaysTheBotFailedNotThatTheFrameworkLacksAnAnswer() {
        SlackMessage message = SlackRenderer.render(new Answer.FailedAnswer("anything"), Presentation.privateCard());
        String blocks = message.blocksJson();
        assertTrue(blocks.contains("something went wrong"), blocks);
        assertFalse(blocks.contains("couldn't find"), blocks);
        assertFalse(blocks.contains(CardActions.SHARE_HERE), "nothing to share");
        assertTrue(SlackLimits.violations(message).isEmpty());
    }

    @Test
    void escapesMarkupFromUserText() {
        SlackMessage message = SlackRenderer.render(engine.answer("<!channel> & <@U1> what?"), Presentation.privateCard());
        String blocks = message.toJson().get("blocks").toString();
        assertFalse(blocks.contains("<!channel>"), blocks);
        assertTrue(blocks.contains("&lt;!channel&gt;"), blocks);
    }

    @Test
    void cutsALongCardIntoPagesInsideSlackLimits() {
        List<SkillRequirement> needs = new ArrayList<>();
        List<Answer.RequiredSkill> skills = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            List<String> lines = new ArrayList<>();
            for (int j = 0; j < 12; j++) {
                lines.add("statement " + j + " of skill " + i + " " + "x".repeat(60));
            }
            SkillRequirement need = new SkillRequirement("Skill " + i, Optional.of(SkillLevel.EXPERT), lines);
            needs.add(need);
            skills.add(new Answer.RequiredSkill(need, new Skill("Skill " + i, "", Map.of())));
        }
        RoleLevel level = new RoleLevel("Huge level", "Huge", "Family", "", List.of(), needs);
        Answer answer = new Answer.SkillsAnswer("/skills huge level", level, skills, List.of());
        SlackMessage first = SlackRenderer.render(answer, Presentation.privateCard());
        assertTrue(SlackLimits.violations(first).isEmpty(), SlackLimits.violations(first).toString());
        String json = first.toJson().toString();
        assertTrue(json.contains(CardActions.PAGE), "a way to see the rest");
        CardActions.PageRequest next = CardActions.readPage(pageButtonValue(json)).orElseThrow();
        assertEquals(2, next.page());
        assertEquals("/skills huge level", next.question());
        SlackMessage second = SlackRenderer.render(answer, Presentation.privateCard().onPage(2));
        assertTrue(SlackLimits.violations(second).isEmpty());
        assertTrue(second.toJson().toString().contains("Skill "), "page two has the rest");
        assertFalse(second.blocksJson().contains("Skills for Huge level"), "the header stays on page one");
    }

    private static String pageButtonValue(String json) {
        int at = json.indexOf("\"action_id\":\"" + CardActions.PAGE + "\"");
        int value = json.indexOf("\"value\":\"", at) + 9;
        return json.substring(value, json.indexOf('"', value));
    }

    @Test
    void terminalTextCarriesTheCardWithoutMarkup() {
        String text = TerminalRenderer.render(engine.answer("/skills senior data engineer"));
        assertTrue(text.startsWith("Skills for Senior data engineer"), text);
        assertTrue(text.contains("Data modelling"));
        assertFalse(text.contains("*Data modelling*"), text);
        assertTrue(text.contains("See also:"));
    }

    @Test
    void statementsBoldTheMatchedWords() {
        SlackMessage message = SlackRenderer.render(
                engine.answer("who leads a team, ensuring adequate resources and capacity"), Presentation.privateCard());
        assertTrue(message.toJson().toString().contains("*team*"), message.toJson().toString());
    }
}
