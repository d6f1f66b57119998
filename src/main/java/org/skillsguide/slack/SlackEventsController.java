package org.skillsguide.slack;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one Request URL Slack calls for commands, events, interactivity and select options. It only
 * hands the raw request to {@link SlackHttpAdapter} and writes back what Bolt answered.
 */
@Controller
public class SlackEventsController {

    private final SlackHttpAdapter adapter;

    public SlackEventsController(SlackHttpAdapter adapter) {
        this.adapter = adapter;
    }

    /** Bolt's handlers may block (they never wait on Slack before acknowledging), so not on the event loop. */
    @Post(uri = "/slack/events", consumes = {MediaType.APPLICATION_FORM_URLENCODED, MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN})
    @ExecuteOn(TaskExecutors.BLOCKING)
    public HttpResponse<byte[]> events(HttpRequest<?> request, @Body byte[] body) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : request.getHeaders().names()) {
            headers.put(name, request.getHeaders().getAll(name));
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameters().forEach(e -> query.put(e.getKey(), e.getValue()));
        InetSocketAddress remote = request.getRemoteAddress();
        SlackHttpAdapter.HttpResult result = adapter.handle(
                request.getPath(), query, headers, body == null ? new byte[0] : body,
                remote == null ? "" : remote.getAddress().getHostAddress());
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(io.micronaut.http.HttpStatus.valueOf(result.status()))
                .contentType(result.contentType())
                .body(result.body());
        result.headers().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(value -> response.header(name, value));
            }
        });
        response.contentLength(result.body().length);
        return response;
    }
}
