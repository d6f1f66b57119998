package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.skillsguide.http.SkillsGuideServer;

/** Slack's Web API goes away after start (its port refuses connections): the bot gives up cleanly. */
class SlackUnreachableTest {

    private static final Duration WAIT = Duration.ofSeconds(15);

    @Test
    void givesUpCleanlyWhenSlacksPortRefusesConnections() throws Exception {
        FakeSlackApi slack = new FakeSlackApi();
        ExecutorService work = Executors.newSingleThreadExecutor();
        try (LogLines log = new LogLines(SlackRetries.class);
                SkillsGuideServer server = TestServers.start(TestServers.environment(slack), work, TestServers.QUICK_RETRIES)) {
            SlackSender sender = new SlackSender(server.port(), TestServers.SIGNING_SECRET, TestServers.CLOCK);
            slack.close();

            long start = System.nanoTime();
            HttpResponse<String> ack = sender.postJson(SlackHttpIntegrationTest.mention(
                    "Ev-gone-1", "<@UBOT> /skill strategic thinking", "1700000000.002100", null));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertEquals(200, ack.statusCode());
            assertTrue(took.compareTo(Duration.ofMillis(2_500)) < 0, "acknowledged after " + took.toMillis() + " ms");
            assertEquals("chat.postMessage failed after 3 tries: Slack said connection_refused",
                    log.await("chat.postMessage failed", WAIT));
            // The asker's notice goes the same way, and is not followed by a notice of its own.
            assertEquals("chat.postEphemeral failed after 3 tries: Slack said connection_refused",
                    log.await("chat.postEphemeral failed", WAIT));
            sender.postJson(SlackHttpIntegrationTest.mention("Ev-gone-2", "<@UBOT> /skill strategic thinking", "1700000000.002200", null));
            log.await("chat.postMessage failed", WAIT);
            assertEquals(3, log.seen().stream().filter(line -> line.contains(" failed after ")).count(), log.seen().toString());
        } finally {
            work.shutdownNow();
            work.awaitTermination(5, TimeUnit.SECONDS);
        }
    }
}
