package org.skillsguide.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.util.SlackRequestParser;
import com.slack.api.util.http.SlackHttpClient;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.OkHttpClient;
import org.skillsguide.config.ServeSettings;
import org.skillsguide.knowledge.KnowledgeBase;
import org.skillsguide.knowledge.KnowledgeReloader;
import org.skillsguide.observe.AnswerObserver;
import org.skillsguide.observe.BotMetrics;
import org.skillsguide.usage.UnansweredQuestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack app, assembled: Bolt configured from the settings, the services behind the listeners, the
 * registrars, and the HTTP adapter. Socket Mode and the HTTP server both run this one {@link App}.
 */
public final class SlackSurface implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SlackSurface.class);

    private final Slack slack;
    private final App app;
    private final SlackHttpAdapter adapter;
    private final EventRegistrar events;

    private final ScheduledExecutorService retryTimer;
    private final EventDeduplicator deduplicator;

    private SlackSurface(Slack slack, App app, SlackHttpAdapter adapter, EventRegistrar events,
            ScheduledExecutorService retryTimer, EventDeduplicator deduplicator) {
        this.slack = slack;
        this.app = app;
        this.adapter = adapter;
        this.events = events;
        this.retryTimer = retryTimer;
        this.deduplicator = deduplicator;
    }

    /**
     * What the server shares with the Slack surface beyond the data: the reloader admins run, the
     * questions nothing answered, and the meters.
     */
    public record Operations(KnowledgeReloader reloader, UnansweredQuestions unanswered, BotMetrics metrics) {}

    /**
     * @param work where answers are made after Slack is acknowledged (bounded; tests inject their own)
     * @param clock for signature timestamps and event deduplication
     */
    public static SlackSurface create(ServeSettings settings, KnowledgeBase knowledge, Executor work, Clock clock, Operations operations) {
        return create(settings, knowledge, work, clock, operations, SlackCallPolicy.DEFAULT);
    }

    /** @param policy timeouts and retries of the calls to Slack (tests shorten them) */
    public static SlackSurface create(ServeSettings settings, KnowledgeBase knowledge, Executor work, Clock clock,
            Operations operations, SlackCallPolicy policy) {
        SlackConfig slackConfig = new SlackConfig();
        slackConfig.setMethodsEndpointUrlPrefix(settings.apiUrl().toString());
        Slack slack = Slack.getInstance(slackConfig, httpClient(slackConfig, policy));
        String botToken = settings.botToken().value();
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(botToken)
                .signingSecret(settings.signingSecret().map(ServeSettings.Secret::value).orElse(null))
                // Bolt re-runs auth.test every few seconds by default, inside the request, before the
                // acknowledgement: a slow Slack would then delay acks past 3 s. The identity is fixed
                // for a single-workspace bot, so the answer from start is kept.
                .authTestCacheEnabled(true)
                .authTestCacheExpirationMillis(-1L)
                .build();
        Utf8SignatureVerifier verifier = settings.signingSecret()
                .map(secret -> new Utf8SignatureVerifier(secret.value(), clock))
                .orElse(null);
        EventDeduplicator deduplicator = deduplicator(settings, clock);
        App app = new SkillsGuideBoltApp(config, verifier, List.of(new RequestCounting(operations.metrics()), new EventDeliveries(deduplicator)));

        ScheduledExecutorService retryTimer = retryTimer();
        SlackRetries retries = new SlackRetries(policy, SlackRetries.Timer.of(retryTimer), work, () -> ThreadLocalRandom.current().nextDouble());
        SlackGateway gateway = new SlackGateway(slack, botToken, retries, operations.metrics()::slackApiCall);
        SlackWork slackWork = new SlackWork(work);
        AnswerObserver observer = new AnswerObserver(operations.metrics(), operations.unanswered());
        Questions questions = new Questions(knowledge, gateway, observer);
        HomeTab home = new HomeTab(knowledge, questions, gateway, observer);
        AdminCommands admin = new AdminCommands(settings.admins(), knowledge, operations.reloader(), operations.unanswered(), gateway, slackWork);
        Cards cards = new Cards(questions, gateway, home);
        EventRegistrar events = new EventRegistrar(questions, home, slackWork);
        List<Registrar> registrars = List.of(
                new CommandRegistrar(questions, admin),
                events,
                new ActionRegistrar(cards, home, slackWork),
                new ViewRegistrar(cards, home, slackWork));
        registrars.forEach(registrar -> registrar.register(app));

        SlackHttpAdapter adapter = new SlackHttpAdapter(app, new SlackRequestParser(config), verifier);
        return new SlackSurface(slack, app, adapter, events, retryTimer, deduplicator);
    }

    /**
     * Slack's client with timeouts: without them a hung Slack holds a worker for as long as the
     * connection lives. The SDK takes read, write and whole-call timeouts from its config, but not the
     * connect timeout, which is set on its OkHttp client directly.
     */
    private static SlackHttpClient httpClient(SlackConfig config, SlackCallPolicy policy) {
        int read = Math.toIntExact(policy.readTimeout().toMillis());
        config.setHttpClientReadTimeoutMillis(read);
        config.setHttpClientWriteTimeoutMillis(read);
        config.setHttpClientCallTimeoutMillis(Math.toIntExact(policy.connectTimeout().toMillis()) + read);
        OkHttpClient okHttp = SlackHttpClient.buildOkHttpClient(config).newBuilder()
                .connectTimeout(policy.connectTimeout())
                .build();
        SlackHttpClient client = new SlackHttpClient(okHttp);
        client.setConfig(config);
        return client;
    }

    /**
     * One timer thread: it only waits and hands retries to the work executor, so it is never busy.
     * How many retries may wait at once is bounded by {@link SlackRetries}, not by this queue.
     */
    private static ScheduledExecutorService retryTimer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = new Thread(r, "slack-retry-timer");
            thread.setDaemon(true);
            return thread;
        });
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /**
     * With REDIS_URL, deliveries are remembered in Redis, so a retry that reaches another instance is
     * still recognised; without it, in this process.
     */
    private static EventDeduplicator deduplicator(ServeSettings settings, Clock clock) {
        InMemoryEventDeduplicator local = new InMemoryEventDeduplicator(clock);
        return settings.redis()
                .<EventDeduplicator>map(url -> {
                    LOG.info("event deliveries deduplicated through Redis at {}", url);
                    return RedisEventDeduplicator.connect(url, local);
                })
                .orElse(local);
    }

    /**
     * Starts Bolt, which checks the bot token with auth.test.
     *
     * @throws IllegalArgumentException with Slack's reason when the token is refused or Slack cannot be reached
     */
    public void start() {
        app.start();
    }

    public App app() {
        return app;
    }

    public SlackHttpAdapter httpAdapter() {
        return adapter;
    }

    public List<String> events() {
        return events.events();
    }

    @Override
    public void close() {
        app.stop();
        // Retries still waiting are dropped: the process is stopping and Slack will not hear from it again.
        retryTimer.shutdownNow();
        if (deduplicator instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                LOG.warn("closing the event deduplicator: {}", e.toString());
            }
        }
        try {
            slack.close();
        } catch (Exception e) {
            LOG.warn("closing the Slack client: {}", e.toString());
        }
    }
}
