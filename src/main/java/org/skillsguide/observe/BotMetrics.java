package org.skillsguide.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.function.ToDoubleFunction;
import org.skillsguide.knowledge.Knowledge;
import org.skillsguide.knowledge.KnowledgeBase;
import org.skillsguide.knowledge.KnowledgeReloader;
import org.skillsguide.knowledge.ReloadOutcome;

/**
 * The bot's meters, in one registry scraped at {@code GET /prometheus}. Every meter name and tag is
 * spelt here, so dashboards have one file to read. Prometheus names come out with dots as
 * underscores and counters suffixed {@code _total}, e.g. {@code skillsguide_answers_total}.
 */
public final class BotMetrics {

    static final String REQUESTS = "skillsguide.requests";
    static final String ANSWERS = "skillsguide.answers";
    static final String ANSWER_LATENCY = "skillsguide.answer.latency";
    static final String OPTIONS_LATENCY = "skillsguide.options.latency";
    static final String INDEX_ENTRIES = "skillsguide.index.entries";
    static final String DATA_LOADED_AT = "skillsguide.data.loaded.at";
    static final String RELOAD_LAST_AT = "skillsguide.reload.last.at";
    static final String RELOAD_FAILURES = "skillsguide.reload.failures";
    static final String SLACK_API_CALLS = "skillsguide.slack.api.calls";

    /** Answers take milliseconds; the buckets must resolve that range, and a slow one up to Slack's 3 s. */
    private static final Duration FASTEST_EXPECTED = Duration.ofMillis(1);
    private static final Duration SLOWEST_EXPECTED = Duration.ofSeconds(3);

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);

    public BotMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    /** One Slack request received (signature checked), by kind. */
    public void request(RequestKind kind) {
        Counter.builder(REQUESTS)
                .description("Slack requests whose signature was accepted (HTTP and Socket Mode)")
                .tag("kind", kind.wireName())
                .register(registry)
                .increment();
    }

    /** One answer given; {@code answerKind} is the answer's wire name ({@code no_match} is the one admins watch). */
    public void answered(RequestKind request, String answerKind, Duration latency) {
        Counter.builder(ANSWERS)
                .description("answers given, by what they were about (no_match: nothing matched)")
                .tags("answer.kind", answerKind, "request.kind", request.wireName())
                .register(registry)
                .increment();
        // A histogram rather than client-side percentiles: Prometheus computes any quantile from the
        // buckets (histogram_quantile) and, unlike percentiles, buckets add up across instances.
        Timer.builder(ANSWER_LATENCY)
                .description("time to answer a question, from the words to the answer")
                .tag("request.kind", request.wireName())
                .publishPercentileHistogram()
                .minimumExpectedValue(FASTEST_EXPECTED)
                .maximumExpectedValue(SLOWEST_EXPECTED)
                .register(registry)
                .record(latency);
    }

    /** One typeahead request answered (Slack waits 3 s for the options). */
    public void suggested(Duration latency) {
        Timer.builder(OPTIONS_LATENCY)
                .description("time to compute the Home tab's typeahead options")
                .publishPercentiles(0.5, 0.95, 0.99)
                .register(registry)
                .record(latency);
    }

    /**
     * One Slack Web API call and how it ended ({@code ok}, or Slack's error code such as
     * {@code ratelimited}), for the gateway that makes the calls.
     */
    public void slackApiCall(String method, String outcome) {
        Counter.builder(SLACK_API_CALLS)
                .description("Slack Web API calls, by method and outcome (ok or Slack's error code)")
                .tags("method", method, "outcome", outcome)
                .register(registry)
                .increment();
    }

    /** Gauges over whatever data is answering now, and the reloads' times and failures. */
    public void watch(KnowledgeBase knowledge, KnowledgeReloader reloader) {
        indexGauge(knowledge, "families", k -> k.framework().families().size());
        indexGauge(knowledge, "roles", k -> k.framework().roleCount());
        indexGauge(knowledge, "levels", k -> k.framework().levelCount());
        indexGauge(knowledge, "skills", k -> k.framework().skills().size());
        indexGauge(knowledge, "statements", k -> k.index().statementCount());
        Gauge.builder(DATA_LOADED_AT, knowledge, k -> k.current().loadedAt().getEpochSecond())
                .description("when the data answering now was loaded, in epoch seconds")
                .baseUnit("seconds")
                .register(registry);
        Gauge.builder(RELOAD_LAST_AT, reloader, r -> r.lastReload().map(o -> (double) o.at().getEpochSecond()).orElse(Double.NaN))
                .description("when the last reload finished, swapped or not, in epoch seconds (NaN before the first)")
                .baseUnit("seconds")
                .register(registry);
        Counter failures = Counter.builder(RELOAD_FAILURES)
                .description("reloads whose data had errors, so the data loaded before kept answering")
                .register(registry);
        reloader.onReload((ReloadOutcome outcome) -> {
            if (!outcome.swapped()) {
                failures.increment();
            }
        });
    }

    private void indexGauge(KnowledgeBase knowledge, String entity, ToDoubleFunction<Knowledge> count) {
        Gauge.builder(INDEX_ENTRIES, knowledge, k -> count.applyAsDouble(k.current()))
                .description("what the data answering now holds")
                .tag("entity", entity)
                .register(registry);
    }
}
