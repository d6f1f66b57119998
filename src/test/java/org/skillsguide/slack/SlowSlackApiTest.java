package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Slack waits 3 seconds for an acknowledgement; a Web API taking 5 seconds a call must not delay any. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlowSlackApiTest {

    /** Slack's limit, less a margin for a loaded build machine. */
    private static final Duration ACK_LIMIT = Duration.ofMillis(2_500);

    private RunningBot bot;
    private FakeSlackApi slack;
    private SlackSender sender;

    @BeforeAll
    void start() throws Exception {
        bot = RunningBot.start(Executors.newFixedThreadPool(4));
        slack = bot.slack();
        sender = bot.sender();
        slack.delayEachCall(Duration.ofSeconds(5));
    }

    @AfterAll
    void stop() throws Exception {
        bot.close();
    }

    @Test
    void slowSlackApiNeverDelaysAnAcknowledgement() throws Exception {
        String responseUrl = slack.responseUrl("slow");
        List<String> forms = List.of(
                SlackSender.slashCommand("/skills", "head of IT service management", responseUrl),
                SlackSender.interaction(SlackHttpIntegrationTest.blockAction("sg_share_here", "/skill strategic thinking", true, responseUrl)),
                SlackSender.interaction(SlackHttpIntegrationTest.blockAction("sg_share_to", "/skill strategic thinking", true, responseUrl)),
                SlackSender.interaction(SlackHttpIntegrationTest.blockAction("sg_ask_0", "/skill strategic thinking", true, responseUrl)),
                SlackSender.interaction(SlackHttpIntegrationTest.viewSubmission("{\"q\":\"/skill strategic thinking\",\"origin\":\"C1\"}", "C2")));
        for (String form : forms) {
            assertAcknowledgedInTime(() -> sender.postForm(form));
        }
        assertAcknowledgedInTime(() -> sender.postJson(
                SlackHttpIntegrationTest.mention("Ev-slow-1", "<@UBOT> /skill strategic thinking", "1700000000.000100", null)));
        assertAcknowledgedInTime(() -> sender.postJson(
                SlackHttpIntegrationTest.directMessage("Ev-slow-2", "U123", null, "/skill strategic thinking")));

        // The answers still arrive, after the slow calls.
        FakeSlackApi.Call answer = slack.await(c -> c.method().equals("chat.postMessage") && "1700000000.000100".equals(c.param("thread_ts")),
                Duration.ofSeconds(30));
        assertEquals("C1", answer.param("channel"));
    }

    private interface Post {
        HttpResponse<String> send() throws Exception;
    }

    private static void assertAcknowledgedInTime(Post post) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = post.send();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(took.compareTo(ACK_LIMIT) < 0, "acknowledged after " + took.toMillis() + " ms");
    }
}
