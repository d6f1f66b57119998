package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skillsguide.config.ServeSettings.RedisUrl;
import redis.clients.jedis.Jedis;

/** The Redis deduplicator against a real redis-server started for this class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RedisEventDeduplicatorTest {

    private RedisServer redis;

    @BeforeAll
    void startRedis() throws Exception {
        redis = RedisServer.start();
    }

    @AfterAll
    void stopRedis() throws Exception {
        if (redis != null) {
            redis.close();
        }
    }

    private RedisEventDeduplicator deduplicator(Duration ttl) {
        return RedisEventDeduplicator.connect(new RedisUrl(URI.create(redis.url())), ttl, new InMemoryEventDeduplicator(Clock.systemUTC()));
    }

    @Test
    void takesOnlyTheFirstDeliveryOfEachEvent() {
        try (RedisEventDeduplicator dedupe = deduplicator(Duration.ofHours(1))) {
            assertTrue(dedupe.firstDelivery("Ev-first-1"));
            assertFalse(dedupe.firstDelivery("Ev-first-1"));
            assertTrue(dedupe.firstDelivery("Ev-first-2"));
        }
    }

    @Test
    void remembersAnEventForAnHourInRedis() {
        try (RedisEventDeduplicator dedupe = deduplicator(RedisEventDeduplicator.TTL); Jedis jedis = redis.client()) {
            dedupe.firstDelivery("Ev-ttl");

            long ttl = jedis.ttl(RedisEventDeduplicator.KEY_PREFIX + "Ev-ttl");
            assertTrue(ttl > 3_590 && ttl <= 3_600, "TTL " + ttl);
        }
    }

    @Test
    void takesAnEventAgainOnceItHasExpired() throws Exception {
        try (RedisEventDeduplicator dedupe = deduplicator(Duration.ofSeconds(1)); Jedis jedis = redis.client()) {
            assertTrue(dedupe.firstDelivery("Ev-expiring"));
            assertFalse(dedupe.firstDelivery("Ev-expiring"));

            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (jedis.exists(RedisEventDeduplicator.KEY_PREFIX + "Ev-expiring") && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            // A new deduplicator: this one also remembers the event in memory, for when Redis is down.
            try (RedisEventDeduplicator another = deduplicator(Duration.ofSeconds(1))) {
                assertTrue(another.firstDelivery("Ev-expiring"));
            }
        }
    }

    @Test
    void twoInstancesDeliveredTheSameEventsAtOnceTakeEachExactlyOnce() throws Exception {
        int eventCount = 200;
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try (RedisEventDeduplicator one = deduplicator(Duration.ofHours(1)); RedisEventDeduplicator two = deduplicator(Duration.ofHours(1))) {
            List<Callable<Boolean>> deliveries = new ArrayList<>();
            for (int i = 0; i < eventCount; i++) {
                String id = "Ev-race-" + i;
                deliveries.add(() -> one.firstDelivery(id));
                deliveries.add(() -> two.firstDelivery(id));
            }
            long taken = 0;
            for (Future<Boolean> taken1 : threads.invokeAll(deliveries)) {
                taken += taken1.get() ? 1 : 0;
            }
            assertEquals(eventCount, taken);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void fallsBackToMemoryWhenRedisIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RedisUrl gone = new RedisUrl(URI.create("redis://127.0.0.1:" + closedPort));
        try (LogLines log = new LogLines(RedisEventDeduplicator.class);
                RedisEventDeduplicator dedupe = RedisEventDeduplicator.connect(gone, new InMemoryEventDeduplicator(Clock.systemUTC()))) {
            long start = System.nanoTime();
            assertTrue(dedupe.firstDelivery("Ev-down"));
            assertFalse(dedupe.firstDelivery("Ev-down"));
            assertTrue(Duration.ofNanos(System.nanoTime() - start).compareTo(Duration.ofSeconds(2)) < 0, "fails fast");
            assertTrue(log.await("Redis unreachable for event Ev-down", Duration.ofSeconds(1)).contains("in this process only"));
        }
    }
}
