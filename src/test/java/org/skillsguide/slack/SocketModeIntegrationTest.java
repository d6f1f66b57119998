package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skillsguide.config.ServeSettings;
import org.skillsguide.http.SkillsGuideServer;

/**
 * Socket Mode end to end: apps.connections.open on the fake Web API hands out a ws:// URL to a fake
 * Socket Mode server, which sends envelopes as Slack does and checks each is acknowledged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SocketModeIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    private FakeSlackApi slack;
    private FakeSocketModeServer socket;
    private ExecutorService work;
    private SkillsGuideServer server;

    @BeforeAll
    void start() throws Exception {
        slack = new FakeSlackApi();
        socket = new FakeSocketModeServer();
        slack.socketModeUrl(socket.url());
        work = Executors.newSingleThreadExecutor();
        Map<String, String> env = TestServers.environment(slack);
        env.remove(ServeSettings.SLACK_SIGNING_SECRET);
        env.put(ServeSettings.SLACK_APP_TOKEN, "xapp-test-app-token");
        server = TestServers.start(env, work);
        socket.awaitConnection(WAIT);
    }

    @AfterAll
    void stop() throws Exception {
        server.close();
        work.shutdownNow();
        work.awaitTermination(5, TimeUnit.SECONDS);
        socket.close();
        slack.close();
    }

    @Test
    void acknowledgesSlashCommandEnvelopeWithTheCard() throws Exception {
        socket.send("""
                {"envelope_id":"env-cmd-1","type":"slash_commands","accepts_response_payload":true,
                 "payload":{"token":"legacy","team_id":"T1","team_domain":"fake","channel_id":"C1","channel_name":"general",
                            "user_id":"U123","user_name":"ann","command":"/skills","text":"head of IT service management",
                            "api_app_id":"A1","response_url":"%s","trigger_id":"111.222.abc"}}"""
                .formatted(slack.responseUrl("socket-cmd")));

        JsonObject ack = socket.awaitAck("env-cmd-1", WAIT);
        JsonObject payload = ack.getAsJsonObject("payload");
        assertEquals("ephemeral", payload.get("response_type").getAsString());
        assertTrue(payload.get("text").getAsString().contains("Skills for Head of IT service management"), ack.toString());
    }

    @Test
    void acknowledgesMentionEnvelopeAndAnswersInTheThread() throws Exception {
        String callback = SlackHttpIntegrationTest.mention("Ev-socket-1", "<@UBOT> /skill strategic thinking", "1700000000.001000", null);
        socket.send("{\"envelope_id\":\"env-event-1\",\"type\":\"events_api\",\"accepts_response_payload\":false,"
                + "\"retry_attempt\":0,\"retry_reason\":\"\",\"payload\":" + callback + "}");

        socket.awaitAck("env-event-1", WAIT);
        FakeSlackApi.Call post = slack.await(c -> c.method().equals("chat.postMessage")
                && "1700000000.001000".equals(c.param("thread_ts")), WAIT);
        assertEquals("C1", post.param("channel"));
        assertTrue(post.param("text").contains("Strategic thinking"), post.param("text"));
    }

    @Test
    void acknowledgesShareButtonEnvelopeAndSharesTheCard() throws Exception {
        String payload = SlackHttpIntegrationTest.blockAction("sg_share_here", "/skill strategic thinking", true, slack.responseUrl("socket-share"));
        socket.send("{\"envelope_id\":\"env-action-1\",\"type\":\"interactive\",\"accepts_response_payload\":false,\"payload\":" + payload + "}");

        socket.awaitAck("env-action-1", WAIT);
        FakeSlackApi.Call shared = slack.await(c -> c.path().endsWith("/socket-share"), WAIT);
        assertEquals("in_channel", shared.param("response_type"));
        assertTrue(shared.body().contains("Shared by <@U123>"), shared.body());
    }

    @Test
    void refusesHttpEventsWithoutASigningSecret() throws Exception {
        SlackSender sender = new SlackSender(server.port(), "any-secret", TestServers.CLOCK);

        HttpResponse<String> response = sender.postJson("{\"type\":\"url_verification\",\"challenge\":\"c\"}");

        assertEquals(404, response.statusCode());
        assertTrue(response.body().contains("Socket Mode"), response.body());
        assertEquals(200, sender.get("/health").statusCode());
        JsonParser.parseString(sender.get("/health").body());
    }
}
