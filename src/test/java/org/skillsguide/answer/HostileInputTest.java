package org.skillsguide.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.skillsguide.Fixtures;
import org.skillsguide.answer.render.Presentation;
import org.skillsguide.answer.render.SlackLimits;
import org.skillsguide.answer.render.SlackMessage;
import org.skillsguide.answer.render.SlackRenderer;
import org.skillsguide.answer.render.TerminalRenderer;

/** Throws what people and attackers type at the engine: nothing may throw, every message must fit Slack. */
class HostileInputTest {

    private static final int INPUTS = 10_000;

    private static final List<String> PIECES = List.of(
            "AND", "OR", "NOT", "(", ")", "*", "?", "~", "\"", "\\", "^2", "[a TO z]", "{", "}", ":", "+", "-", "!", "&&", "||", "/",
            "head of itsm", "data engineer", "/role", "/skills", "/skill", "what changes from", " to ", "compare", " vs ",
            "skills for", "what roles are there in", "help", "<@U123>", "<!channel>", "&amp;", "<script>",
            "😀", "👩🏽‍💻", "🏳️‍🌈", "مهندس البيانات", "מהנדס נתונים", "\u202e", "\u200b", "\u00a0", "\ufeff", "\u2028",
            "\u0000", "\u0007", "\t", "\n", "\r\n", "é", "’", "Ω", "\ud83d", "名前", "   ", "");

    @Test
    void survivesTenThousandHostileInputsWithinSlackLimits() {
        AnswerEngine engine = Fixtures.engine();
        Random random = new Random(20261123L);
        List<String> inputs = new ArrayList<>(List.of(
                "", " ", "\n\t ", "x".repeat(10_000), "data engineer ".repeat(800), "(".repeat(5_000),
                "\"".repeat(3_000), "/skills " + "a".repeat(9_990), "😀".repeat(5_000), "from a to ".repeat(1_000),
                "/", "//", "/ role", "/role \u0000", "?", "AND", "*:*"));
        while (inputs.size() < INPUTS) {
            inputs.add(randomInput(random));
        }
        for (String input : inputs) {
            Answer answer;
            try {
                answer = engine.answerUnguarded(input);
            } catch (RuntimeException e) {
                throw new AssertionError("threw on input " + describe(input), e);
            }
            assertNotNull(answer);
            assertEquals(input, answer.question());
            for (Presentation presentation : List.of(Presentation.privateCard(), Presentation.sharedBy("U1"))) {
                SlackMessage message = SlackRenderer.render(answer, presentation);
                List<String> violations = SlackLimits.violations(message);
                if (!violations.isEmpty()) {
                    fail("input " + describe(input) + " breaks Slack limits: " + violations);
                }
            }
            assertNotNull(TerminalRenderer.render(answer));
        }
    }

    private static String randomInput(Random random) {
        StringBuilder text = new StringBuilder();
        int pieces = 1 + random.nextInt(random.nextInt(10) == 0 ? 400 : 8);
        for (int i = 0; i < pieces; i++) {
            if (random.nextInt(5) == 0) {
                text.append((char) random.nextInt(0x3000));
            } else {
                text.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            if (random.nextBoolean()) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static String describe(String input) {
        String start = input.length() > 80 ? input.substring(0, 80) + "…" : input;
        return "(" + input.length() + " chars) " + start.codePoints()
                .mapToObj(c -> c < 32 || c > 126 ? String.format("\\u%04x", c) : Character.toString(c))
                .reduce("", String::concat);
    }
}
