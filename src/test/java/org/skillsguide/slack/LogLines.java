package org.skillsguide.slack;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/** The formatted lines one class logs, awaited through a queue as the fake Slack's calls are. */
final class LogLines extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final Logger logger;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    LogLines(Class<?> source) {
        this.logger = (Logger) LoggerFactory.getLogger(source);
        setContext(logger.getLoggerContext());
        start();
        logger.addAppender(this);
    }

    @Override
    protected void append(ILoggingEvent event) {
        lines.add(event.getFormattedMessage());
    }

    /** The next line containing {@code text}; lines before it are kept in {@link #seen}. */
    String await(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : lines.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("no log line containing \"" + text + "\" within " + timeout + "; saw " + seen());
            }
            synchronized (seen) {
                seen.add(line);
            }
            if (line.contains(text)) {
                return line;
            }
        }
    }

    /** Every line logged so far. */
    List<String> seen() {
        synchronized (seen) {
            lines.drainTo(seen);
            return List.copyOf(seen);
        }
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        stop();
    }
}
