package org.skillsguide.http;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import org.skillsguide.observe.BotMetrics;

/**
 * {@code GET /prometheus}: every meter in Prometheus's text format, for a Prometheus server to
 * scrape. Served by a plain controller because the server's Micronaut context is started by hand
 * and holds only the beans it is given.
 */
@Controller("/prometheus")
public class PrometheusController {

    /** Prometheus's text exposition format, version 0.0.4, as scrapers ask for it. */
    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

    private final BotMetrics metrics;

    public PrometheusController(BotMetrics metrics) {
        this.metrics = metrics;
    }

    @Get(produces = TEXT_FORMAT)
    public HttpResponse<String> scrape() {
        return HttpResponse.ok(metrics.scrape()).contentType(TEXT_FORMAT);
    }
}
