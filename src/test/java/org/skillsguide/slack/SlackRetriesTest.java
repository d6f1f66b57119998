package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;
import org.skillsguide.slack.SlackGateway.Outcome;
import org.skillsguide.slack.SlackRetries.Attempt;

/** The retry rules on a hand-driven timer: no thread waits, time passes when the test says so. */
class SlackRetriesTest {

    private static final SlackCallPolicy POLICY = new SlackCallPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8),
            Duration.ofSeconds(30), Duration.ofSeconds(3), Duration.ofSeconds(6), 2);

    /** Timer whose tasks run when {@link #fireAll} is called; it records each delay asked for. */
    private static final class HandTimer implements SlackRetries.Timer {
        final List<Duration> delays = new ArrayList<>();
        final Deque<Runnable> due = new ArrayDeque<>();
        boolean shutDown;

        @Override
        public void schedule(Duration delay, Runnable task) {
            if (shutDown) {
                throw new RejectedExecutionException("stopped");
            }
            delays.add(delay);
            due.add(task);
        }

        void fireAll() {
            while (!due.isEmpty()) {
                due.poll().run();
            }
        }
    }

    private final HandTimer timer = new HandTimer();

    private SlackRetries retries(double random) {
        return new SlackRetries(POLICY, timer, Runnable::run, () -> random);
    }

    /** A call answering with each of {@code attempts} in turn, counting its tries. */
    private static final class Scripted implements java.util.function.Supplier<Attempt> {
        final Deque<Attempt> script;
        int tries;

        Scripted(Attempt... attempts) {
            script = new ArrayDeque<>(List.of(attempts));
        }

        @Override
        public Attempt get() {
            tries++;
            return script.size() > 1 ? script.poll() : script.peek();
        }
    }

    @Test
    void waitsAtLeastSlacksRetryAfterBeforeTryingAgain() {
        Scripted call = new Scripted(Attempt.failedForNow("ratelimited", Optional.of(Duration.ofSeconds(2))), Attempt.ok());

        CompletableFuture<Outcome> outcome = retries(0.99).run("chat.postMessage", call);

        assertFalse(outcome.isDone(), "the retry waits for the timer");
        assertEquals(1, timer.delays.size());
        assertTrue(timer.delays.get(0).compareTo(Duration.ofSeconds(2)) >= 0, timer.delays.toString());
        assertTrue(timer.delays.get(0).compareTo(Duration.ofMillis(2_250)) <= 0, "jitter stays small: " + timer.delays);
        timer.fireAll();
        assertTrue(outcome.join().ok());
        assertEquals(2, call.tries);
    }

    @Test
    void backsOffExponentiallyWithJitterBetweenHalfAndAllOfEachStep() {
        SlackRetries low = retries(0.0);
        SlackRetries high = retries(0.999);

        assertEquals(Duration.ofMillis(250), low.delayBefore(2, Optional.empty()).orElseThrow());
        assertEquals(Duration.ofMillis(500), low.delayBefore(3, Optional.empty()).orElseThrow());
        assertTrue(high.delayBefore(2, Optional.empty()).orElseThrow().compareTo(Duration.ofMillis(499)) >= 0);
        assertTrue(high.delayBefore(3, Optional.empty()).orElseThrow().compareTo(Duration.ofMillis(999)) >= 0);
        assertTrue(high.delayBefore(12, Optional.empty()).orElseThrow().compareTo(Duration.ofSeconds(8)) <= 0, "capped");
    }

    @Test
    void givesUpAfterThePolicysTriesWithTheLastError() {
        Scripted call = new Scripted(Attempt.failedForNow("http_500", Optional.empty()));

        CompletableFuture<Outcome> outcome = retries(0.5).run("chat.postMessage", call);
        timer.fireAll();

        assertEquals(new Outcome(false, "http_500"), outcome.join());
        assertEquals(3, call.tries);
        assertEquals(2, timer.delays.size());
    }

    @Test
    void neverRetriesARefusal() {
        Scripted call = new Scripted(Attempt.refused("not_in_channel"));

        Outcome outcome = retries(0.5).run("chat.postMessage", call).join();

        assertEquals("not_in_channel", outcome.error());
        assertEquals(1, call.tries);
        assertTrue(timer.delays.isEmpty());
    }

    @Test
    void givesUpAtOnceWhenSlackAsksForTooLongAWait() {
        Scripted call = new Scripted(Attempt.failedForNow("ratelimited", Optional.of(Duration.ofSeconds(120))), Attempt.ok());

        Outcome outcome = retries(0.5).run("chat.postMessage", call).join();

        assertEquals("ratelimited", outcome.error());
        assertEquals(1, call.tries);
    }

    @Test
    void dropsARetryWhenTheWaitingLimitIsReached() {
        SlackRetries retries = retries(0.5);
        List<CompletableFuture<Outcome>> outcomes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            outcomes.add(retries.run("chat.postMessage", new Scripted(Attempt.failedForNow("http_503", Optional.empty()), Attempt.ok())));
        }

        assertEquals(2, retries.waiting());
        assertEquals("http_503", outcomes.get(2).join().error(), "the third is dropped at once");
        timer.fireAll();
        assertTrue(outcomes.get(0).join().ok());
        assertTrue(outcomes.get(1).join().ok());
        assertEquals(0, retries.waiting());
    }

    @Test
    void givesUpCleanlyWhenTheTimerIsStopped() {
        timer.shutDown = true;
        SlackRetries retries = retries(0.5);

        Outcome outcome = retries.run("views.publish", new Scripted(Attempt.failedForNow("timeout", Optional.empty()))).join();

        assertEquals("timeout", outcome.error());
        assertEquals(0, retries.waiting());
    }

    @Test
    void givesUpCleanlyWhenTheWorkExecutorRefusesTheRetry() {
        SlackRetries retries = new SlackRetries(POLICY, timer, task -> {
            throw new RejectedExecutionException("queue full");
        }, () -> 0.5);

        CompletableFuture<Outcome> outcome = retries.run("chat.postMessage", new Scripted(Attempt.failedForNow("http_500", Optional.empty())));
        timer.fireAll();

        assertEquals("http_500", outcome.join().error());
        assertEquals(0, retries.waiting());
    }
}
