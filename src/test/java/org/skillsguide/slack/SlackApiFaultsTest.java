package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skillsguide.slack.FakeSlackApi.Call;
import org.skillsguide.slack.FakeSlackApi.Fault;

/**
 * The real server against a fake Slack that rate limits, fails, hangs or is gone. Retries use
 * {@link TestServers#QUICK_RETRIES} (3 tries, 100 ms first backoff, 1 s read timeout). Answers run on
 * one thread, so a Home tab publish sent last marks the end of everything before it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackApiFaultsTest {

    /** Slack's 3 seconds, less a margin for a loaded build machine. */
    private static final Duration ACK_LIMIT = Duration.ofMillis(2_500);
    private static final Duration WAIT = Duration.ofSeconds(15);

    private RunningBot bot;
    private FakeSlackApi slack;
    private SlackSender sender;
    private LogLines log;
    private int events;

    @BeforeAll
    void start() throws Exception {
        bot = RunningBot.start(Executors.newSingleThreadExecutor(), env -> { }, TestServers.QUICK_RETRIES);
        slack = bot.slack();
        sender = bot.sender();
    }

    @AfterAll
    void stop() throws Exception {
        bot.close();
    }

    @BeforeEach
    void cleanSlate() {
        slack.behave();
        slack.forgetCalls();
        log = new LogLines(SlackRetries.class);
    }

    @AfterEach
    void stopListening() {
        log.close();
    }

    @Test
    void postsOnceAfterTheRetryAfterOfA429() throws Exception {
        slack.failNext("chat.postMessage", Fault.rateLimited(1));

        mentionAcknowledgedInTime("1700000000.001100");

        Call limited = slack.await("chat.postMessage");
        Call posted = slack.await("chat.postMessage");
        assertEquals(429, limited.status());
        assertTrue(posted.answeredOk());
        assertEquals("1700000000.001100", posted.param("thread_ts"));
        Duration waited = Duration.ofNanos(posted.arrivedNanos() - limited.arrivedNanos());
        assertTrue(waited.compareTo(Duration.ofSeconds(1)) >= 0, "retried after " + waited.toMillis() + " ms");
        assertNothingElseAfterASentinel();
    }

    @Test
    void honoursARateLimitReportedInTheBodyOfA200() throws Exception {
        slack.failNext("chat.postMessage", Fault.rateLimitedInBody(1));

        mentionAcknowledgedInTime("1700000000.001200");

        Call limited = slack.await("chat.postMessage");
        Call posted = slack.await("chat.postMessage");
        Duration waited = Duration.ofNanos(posted.arrivedNanos() - limited.arrivedNanos());
        assertTrue(waited.compareTo(Duration.ofSeconds(1)) >= 0, "retried after " + waited.toMillis() + " ms");
        assertNothingElseAfterASentinel();
    }

    @Test
    void postsAfterTwoServerErrors() throws Exception {
        slack.failNext("chat.postMessage", Fault.status(500), Fault.status(503));

        mentionAcknowledgedInTime("1700000000.001300");

        assertEquals(500, slack.await("chat.postMessage").status());
        assertEquals(503, slack.await("chat.postMessage").status());
        Call posted = slack.await("chat.postMessage");
        assertTrue(posted.answeredOk());
        assertEquals("1700000000.001300", posted.param("thread_ts"));
        assertNothingElseAfterASentinel();
    }

    @Test
    void givesUpAfterThreeServerErrorsLogsTheCodeAndTellsTheAsker() throws Exception {
        slack.failAlways("chat.postMessage", Fault.status(500));

        mentionAcknowledgedInTime("1700000000.001400");

        for (int i = 0; i < 3; i++) {
            assertEquals(500, slack.await("chat.postMessage").status());
        }
        Call notice = slack.await("chat.postEphemeral");
        assertEquals("C1", notice.param("channel"));
        assertEquals("U123", notice.param("user"));
        assertEquals("I couldn't post that card: Slack said http_500. Please try again in a minute.", notice.param("text"));
        String line = log.await("chat.postMessage failed", WAIT);
        assertEquals("chat.postMessage failed after 3 tries: Slack said http_500", line);
        assertTrue(log.seen().stream().noneMatch(l -> l.contains(TestServers.BOT_TOKEN)));
        assertNothingElseAfterASentinel();
    }

    @Test
    void aNoticeThatFailsIsNotFollowedByAnother() throws Exception {
        slack.failAlways("chat.postMessage", Fault.status(500));
        slack.failAlways("chat.postEphemeral", Fault.status(500));

        mentionAcknowledgedInTime("1700000000.001500");

        for (int i = 0; i < 3; i++) {
            slack.await("chat.postMessage");
        }
        for (int i = 0; i < 3; i++) {
            slack.await("chat.postEphemeral");
        }
        log.await("chat.postEphemeral failed after 3 tries: Slack said http_500", WAIT);
        assertNothingElseAfterASentinel();
    }

    @Test
    void givesUpOnASlackThatNeverAnswersInTime() throws Exception {
        // Three times the read timeout: each try is cut off, never answered.
        slack.failAlways("chat.postMessage", Fault.silentFor(Duration.ofSeconds(3)));

        mentionAcknowledgedInTime("1700000000.001600");

        assertEquals("chat.postMessage failed after 3 tries: Slack said timeout", log.await("chat.postMessage failed", WAIT));
        Call notice = slack.await("chat.postEphemeral");
        assertEquals("I couldn't post that card: Slack said timeout. Please try again in a minute.", notice.param("text"));
        assertEquals(3, slack.unclaimed().stream().filter(c -> c.method().equals("chat.postMessage")).count());
        slack.forgetCalls();
        assertNothingElseAfterASentinel();
    }

    @Test
    void givesUpCleanlyOnAResponseUrlThatRefusesConnections() throws Exception {
        String closed = "http://127.0.0.1:" + closedPort() + "/response/gone";

        HttpResponse<String> ack = acknowledgedInTime(() -> sender.postForm(SlackSender.interaction(
                SlackHttpIntegrationTest.blockAction("sg_ask_0", "/skill strategic thinking", true, closed))));

        assertEquals(200, ack.statusCode());
        assertEquals("response_url post failed after 3 tries: Slack said connection_refused",
                log.await("response_url post failed", WAIT));
        Call notice = slack.await("chat.postEphemeral");
        assertEquals("C1", notice.param("channel"));
        assertTrue(notice.param("text").contains("Slack said connection_refused"), notice.param("text"));
        assertTrue(log.seen().stream().noneMatch(l -> l.contains("/response/gone")), "a response_url is never logged");
        assertNothingElseAfterASentinel();
    }

    @Test
    void retriesAResponseUrlThatAnswers500() throws Exception {
        slack.failNext("response_url", Fault.status(500));
        String responseUrl = slack.responseUrl("flaky");

        acknowledgedInTime(() -> sender.postForm(SlackSender.interaction(
                SlackHttpIntegrationTest.blockAction("sg_ask_0", "/skill strategic thinking", true, responseUrl))));

        assertEquals(500, slack.await("response_url").status());
        Call shown = slack.await("response_url");
        assertTrue(shown.answeredOk());
        assertTrue(shown.body().contains("Strategic thinking"), shown.body());
        assertNothingElseAfterASentinel();
    }

    private void mentionAcknowledgedInTime(String ts) throws Exception {
        String event = SlackHttpIntegrationTest.mention("Ev-fault-" + (++events), "<@UBOT> /skill strategic thinking", ts, null);
        HttpResponse<String> ack = acknowledgedInTime(() -> sender.postJson(event));
        assertEquals(200, ack.statusCode(), ack.body());
    }

    private interface Post {
        HttpResponse<String> send() throws Exception;
    }

    private static HttpResponse<String> acknowledgedInTime(Post post) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> response = post.send();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertTrue(took.compareTo(ACK_LIMIT) < 0, "acknowledged after " + took.toMillis() + " ms");
        return response;
    }

    /**
     * Opens the Home tab and waits for its publish: answers and retries hand over to the one work
     * thread in order, so by then anything still to come from the test has been sent.
     */
    private void assertNothingElseAfterASentinel() throws Exception {
        slack.behave();
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_home_opened");
        event.addProperty("user", "U999");
        event.addProperty("channel", "D9");
        event.addProperty("tab", "home");
        event.addProperty("event_ts", "1700000000.009900");
        JsonObject callback = new JsonObject();
        callback.addProperty("type", "event_callback");
        callback.addProperty("team_id", "T1");
        callback.addProperty("api_app_id", "A1");
        callback.addProperty("event_id", "Ev-fault-sentinel-" + (++events));
        callback.addProperty("event_time", 1700000000);
        callback.add("event", event);
        sender.postJson(callback.toString());
        slack.await(c -> c.method().equals("views.publish"), WAIT);
        assertEquals(List.of(), slack.unclaimed().stream().map(c -> c.method() + " " + c.status()).toList());
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
