package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class InMemoryEventDeduplicatorTest {

    /** A clock the test moves by hand. */
    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T12:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void takesAnEventOnlyOnce() {
        InMemoryEventDeduplicator seen = new InMemoryEventDeduplicator(Clock.systemUTC());

        assertTrue(seen.firstDelivery("Ev1"));
        assertFalse(seen.firstDelivery("Ev1"));
        assertTrue(seen.firstDelivery("Ev2"));
    }

    @Test
    void forgetsEventsAfterTheirTimeToLive() {
        MovableClock clock = new MovableClock();
        InMemoryEventDeduplicator seen = new InMemoryEventDeduplicator(clock, Duration.ofMinutes(10), 100);
        seen.firstDelivery("Ev1");

        clock.advance(Duration.ofMinutes(9));
        assertFalse(seen.firstDelivery("Ev1"));
        clock.advance(Duration.ofMinutes(2));
        assertTrue(seen.firstDelivery("Ev1"));
    }

    @Test
    void keepsAtMostItsCapacityForgettingTheOldest() {
        InMemoryEventDeduplicator seen = new InMemoryEventDeduplicator(Clock.systemUTC(), Duration.ofHours(1), 3);
        for (String id : new String[] {"Ev1", "Ev2", "Ev3", "Ev4"}) {
            seen.firstDelivery(id);
        }

        assertEquals(3, seen.size());
        assertFalse(seen.firstDelivery("Ev4"));
        assertTrue(seen.firstDelivery("Ev1"), "the oldest was forgotten");
    }
}
