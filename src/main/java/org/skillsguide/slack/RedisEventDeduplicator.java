package org.skillsguide.slack;

import java.time.Duration;
import org.apache.commons.pool2.impl.GenericObjectPoolConfig;
import org.skillsguide.config.ServeSettings.RedisUrl;
import redis.clients.jedis.Connection;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.exceptions.JedisException;
import redis.clients.jedis.params.SetParams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Event IDs remembered in Redis, shared by every instance of the bot: the first instance to
 * {@code SET skills-guide:event:<id> 1 NX EX 3600} handles the event, any other delivery of it is
 * acknowledged only. One atomic command, so two instances receiving the same retry at the same moment
 * cannot both win.
 *
 * <p>When Redis cannot be reached the bot fails open: it logs and asks the in-memory deduplicator
 * instead, so events are still answered (a retry reaching another instance during the outage may then
 * be answered twice). The check runs before Slack's acknowledgement, so Redis gets short timeouts.
 */
final class RedisEventDeduplicator implements EventDeduplicator, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RedisEventDeduplicator.class);

    static final String KEY_PREFIX = "skills-guide:event:";
    /** Slack retries an event three times within minutes; an hour leaves room for clock skew and queues. */
    static final Duration TTL = Duration.ofHours(1);
    /** Well inside Slack's 3 seconds, which also have to cover answering. */
    private static final int TIMEOUT_MILLIS = 500;

    private final JedisPooled redis;
    private final Duration ttl;
    private final EventDeduplicator fallback;
    private volatile boolean failing;

    RedisEventDeduplicator(JedisPooled redis, Duration ttl, EventDeduplicator fallback) {
        this.redis = redis;
        this.ttl = ttl;
        this.fallback = fallback;
    }

    /** A pool for {@code url}; nothing is connected until the first delivery. */
    static RedisEventDeduplicator connect(RedisUrl url, EventDeduplicator fallback) {
        return connect(url, TTL, fallback);
    }

    static RedisEventDeduplicator connect(RedisUrl url, Duration ttl, EventDeduplicator fallback) {
        GenericObjectPoolConfig<Connection> pool = new GenericObjectPoolConfig<>();
        pool.setMaxTotal(16);
        // The pool's default is to wait forever for a free connection.
        pool.setMaxWait(Duration.ofMillis(TIMEOUT_MILLIS));
        return new RedisEventDeduplicator(new JedisPooled(pool, url.uri(), TIMEOUT_MILLIS, TIMEOUT_MILLIS), ttl, fallback);
    }

    @Override
    public boolean firstDelivery(String eventId) {
        try {
            String set = redis.set(KEY_PREFIX + eventId, "1", SetParams.setParams().nx().ex(ttl.toSeconds()));
            if (failing) {
                failing = false;
                LOG.info("Redis answers again; event dedupe is shared between instances again");
            }
            // Kept here as well, so that a retry arriving while Redis is down is still recognised.
            fallback.firstDelivery(eventId);
            return "OK".equals(set);
        } catch (JedisException e) {
            // One line per failing delivery: the exception's text names the host, never the password.
            LOG.warn("Redis unreachable for event {} ({}); deduplicating in this process only", eventId, e.getMessage());
            failing = true;
            return fallback.firstDelivery(eventId);
        }
    }

    @Override
    public void close() {
        redis.close();
    }
}
