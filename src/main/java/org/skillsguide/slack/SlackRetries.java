package org.skillsguide.slack;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import org.skillsguide.slack.SlackGateway.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tries a Slack call again when Slack asks for patience (HTTP 429, {@code ratelimited}) or fails in a
 * way that may pass (5xx, a timeout, a refused connection). The first try runs on the caller's thread,
 * which is always after Slack's acknowledgement; a retry waits on the timer, never in a sleeping thread,
 * then runs on the work executor. Waiting retries are counted: past the policy's limit a retry is
 * dropped with a log line, so an outage cannot grow an unbounded queue.
 */
final class SlackRetries {

    private static final Logger LOG = LoggerFactory.getLogger(SlackRetries.class);

    /** Runs a task after a delay; refuses ({@link RejectedExecutionException}) when shutting down. */
    interface Timer {
        void schedule(Duration delay, Runnable task);

        static Timer of(ScheduledExecutorService scheduler) {
            return (delay, task) -> scheduler.schedule(task, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** What one try of a call came to. */
    record Attempt(Outcome outcome, boolean retryable, Optional<Duration> retryAfter) {

        static Attempt ok() {
            return new Attempt(Outcome.OK, false, Optional.empty());
        }

        /** Slack refused for a reason trying again will not change (not_in_channel, invalid_blocks…). */
        static Attempt refused(String error) {
            return new Attempt(new Outcome(false, error), false, Optional.empty());
        }

        /** A failure that may pass; {@code retryAfter} is Slack's own wait, when it gave one. */
        static Attempt failedForNow(String error, Optional<Duration> retryAfter) {
            return new Attempt(new Outcome(false, error), true, retryAfter);
        }
    }

    private final SlackCallPolicy policy;
    private final Timer timer;
    private final Executor work;
    private final DoubleSupplier random;
    private final AtomicInteger waiting = new AtomicInteger();

    /** @param random in [0, 1), for the jitter that keeps many instances from retrying in step */
    SlackRetries(SlackCallPolicy policy, Timer timer, Executor work, DoubleSupplier random) {
        this.policy = policy;
        this.timer = timer;
        this.work = work;
        this.random = random;
    }

    /**
     * Tries {@code call} up to the policy's number of times. The outcome is the last try's; a call that
     * fails for good is logged here, once, as {@code what} with Slack's error code.
     */
    CompletableFuture<Outcome> run(String what, Supplier<Attempt> call) {
        CompletableFuture<Outcome> result = new CompletableFuture<>();
        attempt(what, call, 1, result);
        return result;
    }

    /** Retries waiting for their time now. */
    int waiting() {
        return waiting.get();
    }

    private void attempt(String what, Supplier<Attempt> call, int number, CompletableFuture<Outcome> result) {
        Attempt attempt;
        try {
            attempt = call.get();
        } catch (RuntimeException e) {
            LOG.error("{} failed unexpectedly", what, e);
            result.complete(new Outcome(false, "unexpected_error"));
            return;
        }
        if (attempt.outcome().ok()) {
            result.complete(attempt.outcome());
            return;
        }
        String error = attempt.outcome().error();
        if (!attempt.retryable() || number >= policy.attempts()) {
            giveUp(what, number, error, result);
            return;
        }
        Optional<Duration> delay = delayBefore(number + 1, attempt.retryAfter());
        if (delay.isEmpty()) {
            LOG.warn("{} failed: Slack said {} and asked to wait {} s, longer than a person waits; not retried",
                    what, error, attempt.retryAfter().map(Duration::toSeconds).orElse(0L));
            result.complete(attempt.outcome());
            return;
        }
        if (waiting.incrementAndGet() > policy.waitingRetriesLimit()) {
            waiting.decrementAndGet();
            LOG.warn("{} failed: Slack said {}; retry dropped, {} retries already waiting", what, error,
                    policy.waitingRetriesLimit());
            result.complete(attempt.outcome());
            return;
        }
        LOG.debug("{} try {} failed ({}); next in {} ms", what, number, error, delay.get().toMillis());
        try {
            timer.schedule(delay.get(), () -> {
                waiting.decrementAndGet();
                try {
                    work.execute(() -> attempt(what, call, number + 1, result));
                } catch (RejectedExecutionException e) {
                    LOG.warn("{} failed: Slack said {}; retry dropped, the bot is too busy or stopping", what, error);
                    result.complete(attempt.outcome());
                }
            });
        } catch (RejectedExecutionException e) {
            waiting.decrementAndGet();
            LOG.warn("{} failed: Slack said {}; not retried, the bot is stopping", what, error);
            result.complete(attempt.outcome());
        }
    }

    private static void giveUp(String what, int tries, String error, CompletableFuture<Outcome> result) {
        LOG.warn("{} failed after {} {}: Slack said {}", what, tries, tries == 1 ? "try" : "tries", error);
        result.complete(new Outcome(false, error));
    }

    /**
     * The wait before try {@code next} (2 or later): Slack's Retry-After when it gave one (plus a little
     * jitter), else exponential backoff with equal jitter. Empty when Slack asks for longer than the
     * policy allows.
     */
    Optional<Duration> delayBefore(int next, Optional<Duration> retryAfter) {
        if (retryAfter.isPresent()) {
            if (retryAfter.get().compareTo(policy.longestRetryAfter()) > 0) {
                return Optional.empty();
            }
            return Optional.of(retryAfter.get().plus(scaled(policy.firstBackoff(), random.getAsDouble() / 2)));
        }
        Duration backoff = policy.firstBackoff().multipliedBy(1L << Math.min(next - 2, 20));
        if (backoff.compareTo(policy.longestBackoff()) > 0) {
            backoff = policy.longestBackoff();
        }
        return Optional.of(scaled(backoff, 0.5 + random.getAsDouble() / 2));
    }

    private static Duration scaled(Duration duration, double factor) {
        return Duration.ofNanos((long) (duration.toNanos() * factor));
    }
}
