package org.skillsguide.slack;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where work goes after Slack has been acknowledged (Slack waits 3 seconds, then retries or shows an
 * error). The executor is bounded and injected; a task that fails or is refused is logged, never lost
 * silently.
 */
public final class SlackWork {

    private static final Logger LOG = LoggerFactory.getLogger(SlackWork.class);

    private final Executor executor;

    public SlackWork(Executor executor) {
        this.executor = executor;
    }

    /** Runs {@code task} later; {@code what} names it in the log if it fails. */
    public void later(String what, Runnable task) {
        try {
            executor.execute(() -> {
                try {
                    task.run();
                } catch (RuntimeException e) {
                    LOG.error("{} failed", what, e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.error("{} dropped: the bot is too busy (work queue full or shutting down)", what);
        }
    }
}
