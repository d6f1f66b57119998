package org.skillsguide.http;

import com.slack.api.bolt.socket_mode.SocketModeApp;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.skillsguide.config.ServeSettings;
import org.skillsguide.knowledge.Knowledge;
import org.skillsguide.knowledge.KnowledgeBase;
import org.skillsguide.knowledge.KnowledgeLoader;
import org.skillsguide.knowledge.KnowledgeReloader;
import org.skillsguide.knowledge.ReloadOutcome;
import org.skillsguide.observe.BotMetrics;
import org.skillsguide.slack.SlackCallPolicy;
import org.skillsguide.slack.SlackSurface;
import org.skillsguide.usage.UnansweredQuestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The running bot: the data loaded (and reloaded when the directory changes), Bolt started
 * (auth.test), Micronaut serving {@code /slack/events}, {@code /health} and {@code /prometheus}, and a Socket Mode
 * connection when an app-level token is set.
 */
public final class SkillsGuideServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SkillsGuideServer.class);

    /** An admin copying files changes the directory many times a second: reload once it is quiet. */
    private static final Duration RELOAD_DEBOUNCE = Duration.ofSeconds(2);

    private final ApplicationContext context;
    private final EmbeddedServer server;
    private final SlackSurface slack;
    private final SocketModeApp socketMode;
    private final KnowledgeReloader reloader;
    private final ScheduledExecutorService reloads;

    private SkillsGuideServer(ApplicationContext context, EmbeddedServer server, SlackSurface slack, SocketModeApp socketMode,
            KnowledgeReloader reloader, ScheduledExecutorService reloads) {
        this.context = context;
        this.server = server;
        this.slack = slack;
        this.socketMode = socketMode;
        this.reloader = reloader;
        this.reloads = reloads;
    }

    /** Why the server did not start, in one line fit for a terminal (no secret in it). */
    public static final class StartupException extends RuntimeException {
        StartupException(String message) {
            super(message);
        }
    }

    /**
     * Starts everything or nothing.
     *
     * @param work runs answers after Slack is acknowledged; the caller owns it (see {@link #boundedExecutor})
     * @throws StartupException when Slack refuses the token, the port is taken, or Socket Mode cannot connect
     */
    public static SkillsGuideServer start(ServeSettings settings, ExecutorService work, Clock clock) {
        return start(settings, work, clock, SlackCallPolicy.DEFAULT);
    }

    /** As {@link #start(ServeSettings, ExecutorService, Clock)}, with the Slack calls' timeouts and retries given. */
    public static SkillsGuideServer start(ServeSettings settings, ExecutorService work, Clock clock, SlackCallPolicy slackCalls) {
        // Micronaut starts while the data loads: the two are most of the start-up time, and neither needs the other.
        CompletableFuture<ApplicationContext> starting = CompletableFuture.supplyAsync(() -> ApplicationContext.builder()
                .deduceEnvironment(false)
                // ServeSettings is the one reader of the environment.
                .environmentPropertySource(false)
                .properties(Map.of(
                        "micronaut.application.name", "skills-guide",
                        "micronaut.server.port", settings.port() == 0 ? -1 : settings.port()))
                .start());
        try {
            return start(settings, work, clock, slackCalls, starting);
        } catch (RuntimeException e) {
            starting.thenAccept(ApplicationContext::close);
            throw e;
        }
    }

    private static SkillsGuideServer start(ServeSettings settings, ExecutorService work, Clock clock, SlackCallPolicy slackCalls,
            CompletableFuture<ApplicationContext> starting) {
        KnowledgeLoader loader = new KnowledgeLoader(clock);
        Knowledge knowledge = loader.load(settings.dataDirectory());
        LOG.info("loaded {}: {} families, {} roles, {} levels, {} skills, {} problems",
                settings.dataDirectory(), knowledge.framework().families().size(), knowledge.framework().roleCount(),
                knowledge.framework().levelCount(), knowledge.framework().skills().size(), knowledge.problems().size());
        if (knowledge.hasErrors()) {
            LOG.warn("some data could not be loaded; run `skills-guide check` for details. Answering from the rest.");
        }
        KnowledgeBase base = new KnowledgeBase(knowledge);
        KnowledgeReloader reloader = new KnowledgeReloader(settings.dataDirectory(), base, loader, clock);
        BotMetrics metrics = new BotMetrics();
        metrics.watch(base, reloader);
        UnansweredQuestions unanswered = new UnansweredQuestions(clock);
        SlackSurface slack = SlackSurface.create(settings, base, work, clock, new SlackSurface.Operations(reloader, unanswered, metrics), slackCalls);
        try {
            slack.start();
        } catch (IllegalArgumentException e) {
            slack.close();
            throw new StartupException(ServeSettings.SLACK_BOT_TOKEN + " was not accepted by Slack at "
                    + settings.apiUrl() + ": " + e.getMessage());
        }
        ApplicationContext context = null;
        try {
            context = starting.join();
            context.registerSingleton(base);
            context.registerSingleton(slack.httpAdapter());
            context.registerSingleton(reloader);
            context.registerSingleton(metrics);
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            SocketModeApp socketMode = null;
            if (settings.appToken().isPresent()) {
                socketMode = new SocketModeApp(settings.appToken().get().value(), slack.app());
                socketMode.startAsync();
            }
            LOG.info("listening on port {} ({}); Slack via {}", server.getPort(), "/slack/events, /health, /prometheus",
                    socketMode != null ? "Socket Mode" : "HTTP");
            ScheduledExecutorService reloads = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "skills-guide-reload");
                thread.setDaemon(true);
                return thread;
            });
            watch(reloader, reloads, settings);
            return new SkillsGuideServer(context, server, slack, socketMode, reloader, reloads);
        } catch (Exception e) {
            if (context != null) {
                context.close();
            }
            slack.close();
            throw new StartupException(startupFailure(settings, e));
        }
    }

    /** The bot works without the watch (some file systems cannot watch); a restart then picks up new data. */
    private static void watch(KnowledgeReloader reloader, ScheduledExecutorService reloads, ServeSettings settings) {
        try {
            reloader.watch(reloads, RELOAD_DEBOUNCE);
            LOG.info("watching {} for new data; a change is reloaded without downtime", settings.dataDirectory());
        } catch (IOException e) {
            LOG.warn("not watching {} for changes ({}); restart to load new data", settings.dataDirectory(), e.getMessage());
        }
    }

    private static String startupFailure(ServeSettings settings, Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.net.BindException) {
                return ServeSettings.PORT + " " + settings.port() + " is already in use";
            }
        }
        if (settings.socketMode()) {
            return "could not connect through Socket Mode (check " + ServeSettings.SLACK_APP_TOKEN + "): " + e.getMessage();
        }
        return "could not start: " + e.getMessage();
    }

    /** A bounded pool for answers: a burst waits in a queue of {@code queue}, beyond that it is refused and logged. */
    public static ExecutorService boundedExecutor(int threads, int queue) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(queue), r -> {
            Thread thread = new Thread(r, "slack-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    public int port() {
        return server.getPort();
    }

    /** Calls {@code listener} after each reload of the data directory. */
    public void onReload(Consumer<ReloadOutcome> listener) {
        reloader.onReload(listener);
    }

    /** Reloads the data directory now, as the watch or an admin's {@code /skills-admin reload} would. */
    public ReloadOutcome reload() {
        return reloader.reload();
    }

    public SlackSurface slack() {
        return slack;
    }

    @Override
    public void close() {
        try {
            reloader.close();
        } catch (IOException e) {
            LOG.warn("closing the data watch: {}", e.toString());
        }
        reloads.shutdownNow();
        if (socketMode != null) {
            try {
                socketMode.close();
            } catch (Exception e) {
                LOG.warn("closing Socket Mode: {}", e.toString());
            }
        }
        server.stop();
        context.close();
        slack.close();
    }
}
