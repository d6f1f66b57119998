package org.skillsguide.knowledge;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.skillsguide.framework.Framework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reloads a data directory into a {@link KnowledgeBase} without downtime: the new knowledge is
 * built aside and swapped in whole, and new data with errors never replaces data that works.
 * Reloads run on demand or when the directory changes (debounced, since an admin copying files
 * changes it many times in a second).
 */
public final class KnowledgeReloader implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(KnowledgeReloader.class);

    private final Path dataDirectory;
    private final KnowledgeBase base;
    private final KnowledgeLoader loader;
    private final Clock clock;
    private final AtomicReference<ReloadOutcome> last = new AtomicReference<>();
    private final java.util.List<java.util.function.Consumer<ReloadOutcome>> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Object reloading = new Object();
    private volatile WatchService watcher;
    private volatile Thread watchThread;

    public KnowledgeReloader(Path dataDirectory, KnowledgeBase base, KnowledgeLoader loader, Clock clock) {
        this.dataDirectory = dataDirectory;
        this.base = base;
        this.loader = loader;
        this.clock = clock;
    }

    /** Loads the directory again and swaps the result in unless it has errors. One reload at a time. */
    public ReloadOutcome reload() {
        synchronized (reloading) {
            Instant start = clock.instant();
            Knowledge next = loader.load(dataDirectory);
            Duration took = Duration.between(start, clock.instant());
            boolean sound = !next.hasErrors();
            if (sound) {
                base.replace(next);
            }
            ReloadOutcome outcome = new ReloadOutcome(sound, clock.instant(), took, next.problems(), summary(next.framework()));
            last.set(outcome);
            if (sound) {
                LOG.info("{}", outcome.describe());
            } else {
                LOG.warn("{}", outcome.describe());
                outcome.errors().forEach(error -> LOG.warn("  {}", error));
            }
            listeners.forEach(listener -> listener.accept(outcome));
            return outcome;
        }
    }

    /** Calls {@code listener} after every reload, on the thread that reloaded. */
    public void onReload(java.util.function.Consumer<ReloadOutcome> listener) {
        listeners.add(listener);
    }

    /** The last reload's outcome; empty before the first. */
    public Optional<ReloadOutcome> lastReload() {
        return Optional.ofNullable(last.get());
    }

    /**
     * Watches the directory and reloads {@code debounce} after the last change seen. Changes are
     * collected on a daemon thread; reloads run on {@code scheduler}.
     */
    public void watch(ScheduledExecutorService scheduler, Duration debounce) throws IOException {
        WatchService service = FileSystems.getDefault().newWatchService();
        dataDirectory.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
        watcher = service;
        AtomicReference<ScheduledFuture<?>> pending = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            try {
                while (true) {
                    WatchKey key = service.take();
                    key.pollEvents();
                    ScheduledFuture<?> next = scheduler.schedule(this::reloadLogged, debounce.toMillis(), TimeUnit.MILLISECONDS);
                    ScheduledFuture<?> previous = pending.getAndSet(next);
                    if (previous != null) {
                        previous.cancel(false);
                    }
                    if (!key.reset()) {
                        LOG.warn("The data directory {} is no longer watched (was it removed?)", dataDirectory);
                        return;
                    }
                }
            } catch (InterruptedException | ClosedWatchServiceException e) {
                // Closed: the watch ends.
            }
        }, "skills-guide-data-watch");
        thread.setDaemon(true);
        thread.start();
        watchThread = thread;
    }

    private void reloadLogged() {
        try {
            reload();
        } catch (RuntimeException e) {
            LOG.error("Reloading {} failed; still answering from the data loaded before", dataDirectory, e);
        }
    }

    @Override
    public void close() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
        if (watchThread != null) {
            watchThread.interrupt();
        }
    }

    static String summary(Framework framework) {
        return framework.families().size() + " families, " + framework.roleCount() + " roles, "
                + framework.levelCount() + " role levels, " + framework.skills().size() + " skills";
    }
}
