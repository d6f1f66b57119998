package org.skillsguide.slack;

/**
 * Remembers which Events API deliveries were already taken. Slack retries an event it thinks was not
 * acknowledged (header X-Slack-Retry-Num) and Bolt for Java does not deduplicate; with more than one
 * server a shared store (e.g. Redis) implements this.
 */
public interface EventDeduplicator {

    /** True the first time {@code eventId} is seen (within the memory's lifetime), false after. */
    boolean firstDelivery(String eventId);
}
