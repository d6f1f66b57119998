package org.skillsguide.slack;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Talks to the server as Slack does: signed form and JSON bodies, over real HTTP. */
public final class SlackSender {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI events;
    private final Utf8SignatureVerifier signer;
    private final Clock clock;

    public SlackSender(int port, String signingSecret, Clock clock) {
        this.events = URI.create("http://127.0.0.1:" + port + "/slack/events");
        this.signer = new Utf8SignatureVerifier(signingSecret, clock);
        this.clock = clock;
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String slashCommand(String command, String text, String responseUrl) {
        return slashCommand(command, text, responseUrl, "U123");
    }

    static String slashCommand(String command, String text, String responseUrl, String user) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("token", "legacy");
        fields.put("team_id", "T1");
        fields.put("team_domain", "fake");
        fields.put("channel_id", "C1");
        fields.put("channel_name", "general");
        fields.put("user_id", user);
        fields.put("user_name", "ann");
        fields.put("command", command);
        fields.put("text", text);
        fields.put("api_app_id", "A1");
        fields.put("response_url", responseUrl);
        fields.put("trigger_id", "111.222.abc");
        return form(fields);
    }

    static String interaction(String payloadJson) {
        return form(Map.of("payload", payloadJson));
    }

    /** Posts {@code body} signed now. */
    HttpResponse<String> post(String body, String contentType) throws IOException, InterruptedException {
        long now = clock.instant().getEpochSecond();
        return post(body, contentType, Map.of("X-Slack-Request-Timestamp", String.valueOf(now),
                "X-Slack-Signature", signer.sign(String.valueOf(now), body.getBytes(StandardCharsets.UTF_8))));
    }

    HttpResponse<String> postForm(String body) throws IOException, InterruptedException {
        return post(body, "application/x-www-form-urlencoded");
    }

    HttpResponse<String> postJson(String body) throws IOException, InterruptedException {
        return post(body, "application/json");
    }

    String sign(long timestamp, String body) {
        return signer.sign(String.valueOf(timestamp), body.getBytes(StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String body, String contentType, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(events)
                .timeout(Duration.ofSeconds(20))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        URI uri = events.resolve(path);
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
