package org.skillsguide.slack;

import java.time.Duration;

/**
 * How the bot's calls to Slack behave when Slack is slow or failing: timeouts on each HTTP call, and
 * how often and how far apart a failed call is tried again.
 *
 * @param attempts tries per call, the first included
 * @param firstBackoff the wait before the second try; it doubles for each later one, with jitter
 * @param longestBackoff the most any backoff grows to
 * @param longestRetryAfter a 429 asking to wait longer than this is given up at once: the person
 *     asking would have moved on, and a notice now is better than a card in a minute
 * @param connectTimeout how long to wait for a TCP connection to Slack
 * @param readTimeout how long to wait for Slack's answer, per read and for the whole call
 * @param waitingRetriesLimit how many retries may wait for their turn at once; beyond it they are dropped
 */
public record SlackCallPolicy(
        int attempts,
        Duration firstBackoff,
        Duration longestBackoff,
        Duration longestRetryAfter,
        Duration connectTimeout,
        Duration readTimeout,
        int waitingRetriesLimit) {

    /**
     * Three tries over a few seconds. Slack answers a Web API call in well under a second; six seconds
     * without an answer is an outage, and a worker must not be held longer than that.
     */
    public static final SlackCallPolicy DEFAULT = new SlackCallPolicy(
            3, Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30),
            Duration.ofSeconds(3), Duration.ofSeconds(6), 1_000);

    public SlackCallPolicy {
        if (attempts < 1 || waitingRetriesLimit < 0) {
            throw new IllegalArgumentException("attempts must be at least 1 and the waiting limit not negative");
        }
    }
}
