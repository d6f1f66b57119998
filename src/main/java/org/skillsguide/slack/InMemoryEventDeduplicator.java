package org.skillsguide.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Event IDs seen by this process, each kept for {@code ttl} and at most {@code capacity} of them
 * (oldest forgotten first). Slack's retries come within minutes, so an hour is plenty.
 */
public final class InMemoryEventDeduplicator implements EventDeduplicator {

    public static final Duration DEFAULT_TTL = Duration.ofHours(1);
    public static final int DEFAULT_CAPACITY = 50_000;

    private final Clock clock;
    private final Duration ttl;
    private final int capacity;
    private final LinkedHashMap<String, Instant> seen = new LinkedHashMap<>();

    public InMemoryEventDeduplicator(Clock clock, Duration ttl, int capacity) {
        this.clock = clock;
        this.ttl = ttl;
        this.capacity = capacity;
    }

    public InMemoryEventDeduplicator(Clock clock) {
        this(clock, DEFAULT_TTL, DEFAULT_CAPACITY);
    }

    @Override
    public synchronized boolean firstDelivery(String eventId) {
        Instant now = clock.instant();
        forgetExpired(now);
        if (seen.containsKey(eventId)) {
            return false;
        }
        seen.put(eventId, now.plus(ttl));
        if (seen.size() > capacity) {
            Iterator<String> oldest = seen.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        return true;
    }

    synchronized int size() {
        return seen.size();
    }

    private void forgetExpired(Instant now) {
        // Insertion order is expiry order, so the expired entries are at the front.
        Iterator<Map.Entry<String, Instant>> entries = seen.entrySet().iterator();
        while (entries.hasNext() && !entries.next().getValue().isAfter(now)) {
            entries.remove();
        }
    }
}
