package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.skillsguide.config.ServeSettings;
import org.skillsguide.http.SkillsGuideServer;

/**
 * Two instances of the bot behind one load balancer, sharing a real redis-server: Slack's delivery of an
 * event and its retry may reach different instances, and the event is still answered once.
 */
class SharedRedisDedupeTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Test
    void twoInstancesSharingRedisAnswerTheSameEventOnce() throws Exception {
        // One answer thread for both instances: the sentinel's answer then comes after any duplicate.
        ExecutorService work = Executors.newSingleThreadExecutor();
        try (RedisServer redis = RedisServer.start(); FakeSlackApi slack = new FakeSlackApi()) {
            Map<String, String> env = TestServers.environment(slack);
            env.put(ServeSettings.REDIS_URL, redis.url());
            try (SkillsGuideServer one = TestServers.start(env, work); SkillsGuideServer two = TestServers.start(env, work)) {
                SlackSender toOne = new SlackSender(one.port(), TestServers.SIGNING_SECRET, TestServers.CLOCK);
                SlackSender toTwo = new SlackSender(two.port(), TestServers.SIGNING_SECRET, TestServers.CLOCK);
                String event = SlackHttpIntegrationTest.mention("Ev-shared-1", "<@UBOT> /skill strategic thinking", "1700000000.003100", null);
                String retry = SlackHttpIntegrationTest.mention("Ev-shared-2", "<@UBOT> /skill strategic thinking", "1700000000.003200", null);

                // The first event reaches both at the same moment; the second reaches one, then its retry the other.
                CompletableFuture<HttpResponse<String>> atOne = CompletableFuture.supplyAsync(() -> post(toOne, event));
                CompletableFuture<HttpResponse<String>> atTwo = CompletableFuture.supplyAsync(() -> post(toTwo, event));
                assertEquals(200, atOne.join().statusCode());
                assertEquals(200, atTwo.join().statusCode());
                assertEquals(200, toOne.postJson(retry).statusCode());
                assertEquals(200, toTwo.postJson(retry).statusCode());

                slack.await(c -> "1700000000.003100".equals(c.param("thread_ts")), WAIT);
                slack.await(c -> "1700000000.003200".equals(c.param("thread_ts")), WAIT);
                toTwo.postJson(SlackHttpIntegrationTest.mention("Ev-shared-sentinel", "<@UBOT> /skill strategic thinking", "1700000000.003900", null));
                slack.await(c -> "1700000000.003900".equals(c.param("thread_ts")), WAIT);
                assertEquals(List.of(), slack.unclaimed().stream().map(c -> c.method() + " " + c.param("thread_ts")).toList());
            }
        } finally {
            work.shutdownNow();
            work.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    private static HttpResponse<String> post(SlackSender sender, String body) {
        try {
            return sender.postJson(body);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
