package org.skillsguide.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A Slack Web API on loopback that answers like Slack ({@code {"ok":true,...}}) and records every
 * call: {@code /api/<method>} for the Web API and {@code /response/<id>} for response_urls.
 * Tests await calls through a queue, never by sleeping.
 */
public final class FakeSlackApi implements AutoCloseable {

    static final String BOT_USER = "UBOT";
    static final String BOT_ID = "BBOT";

    /**
     * One recorded call: the Web API method (or "response_url") and its body, read as form or JSON, the
     * HTTP status it was answered with, and when it arrived ({@link System#nanoTime}).
     */
    record Call(String method, String path, String body, Map<String, String> form, JsonObject json, int status, long arrivedNanos) {

        boolean answeredOk() {
            return status == 200;
        }

        /** A JSON-valued parameter (blocks, view) as plain JSON text, without Gson's HTML escapes. */
        String jsonParam(String name) {
            String value = param(name);
            return value == null ? null : JsonParser.parseString(value).toString();
        }

        String param(String name) {
            if (form.containsKey(name)) {
                return form.get(name);
            }
            return json != null && json.has(name) && !json.get(name).isJsonNull()
                    ? (json.get(name).isJsonPrimitive() ? json.get(name).getAsString() : json.get(name).toString())
                    : null;
        }
    }

    private final HttpServer server;
    private final BlockingQueue<Call> arrived = new LinkedBlockingQueue<>();
    private final List<Call> unclaimed = new ArrayList<>();
    private final Set<String> refusedChannels = ConcurrentHashMap.newKeySet();
    private volatile Duration delay = Duration.ZERO;
    private final Map<String, Deque<Fault>> nextFaults = new ConcurrentHashMap<>();
    private final Map<String, Fault> steadyFaults = new ConcurrentHashMap<>();

    /**
     * How the fake misbehaves for one call: an HTTP status with headers and a body, after a pause. A
     * pause longer than the bot's read timeout is a Slack that never answers in time.
     */
    record Fault(int status, Map<String, String> headers, String body, Duration pause) {

        static Fault status(int status) {
            return new Fault(status, Map.of(), "{\"ok\":false,\"error\":\"fatal_error\"}", Duration.ZERO);
        }

        /** HTTP 429, as Slack sends it. */
        static Fault rateLimited(int retryAfterSeconds) {
            return new Fault(429, Map.of("Retry-After", String.valueOf(retryAfterSeconds)),
                    "{\"ok\":false,\"error\":\"ratelimited\"}", Duration.ZERO);
        }

        /** HTTP 200 with ok=false, error=ratelimited: the other way a limit can come back. */
        static Fault rateLimitedInBody(int retryAfterSeconds) {
            return new Fault(200, Map.of("Retry-After", String.valueOf(retryAfterSeconds)),
                    "{\"ok\":false,\"error\":\"ratelimited\"}", Duration.ZERO);
        }

        static Fault silentFor(Duration pause) {
            return new Fault(200, Map.of(), "{\"ok\":true}", pause);
        }
    }

    /** The next calls of {@code method} ("response_url" for response_urls) meet these faults, in order. */
    void failNext(String method, Fault... faults) {
        nextFaults.computeIfAbsent(method, m -> new ConcurrentLinkedDeque<>()).addAll(List.of(faults));
    }

    /** Every call of {@code method} meets {@code fault} until {@link #behave}. */
    void failAlways(String method, Fault fault) {
        steadyFaults.put(method, fault);
    }

    /** No more faults. */
    void behave() {
        nextFaults.clear();
        steadyFaults.clear();
    }

    private Fault faultFor(String method) {
        Deque<Fault> next = nextFaults.get(method);
        Fault fault = next == null ? null : next.poll();
        return fault != null ? fault : steadyFaults.get(method);
    }
    private volatile String socketModeUrl = "ws://127.0.0.1:1/never";

    public FakeSlackApi() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String apiUrl() {
        return base() + "/api/";
    }

    String responseUrl(String id) {
        return base() + "/response/" + id;
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Every call takes this long before Slack answers (a slow or overloaded Slack). */
    void delayEachCall(Duration delay) {
        this.delay = delay;
    }

    /** chat.postMessage to this channel fails with {@code not_in_channel}, as for a private channel without the bot. */
    void refusePostsTo(String channel) {
        refusedChannels.add(channel);
    }

    void socketModeUrl(String url) {
        this.socketModeUrl = url;
    }

    /** The next call matching {@code wanted} (calls not matching stay for later awaits). */
    Call await(Predicate<Call> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (unclaimed) {
            for (Call call : unclaimed) {
                if (wanted.test(call)) {
                    unclaimed.remove(call);
                    return call;
                }
            }
        }
        while (true) {
            long left = deadline - System.nanoTime();
            Call call = left <= 0 ? null : arrived.poll(left, TimeUnit.NANOSECONDS);
            if (call == null) {
                throw new AssertionError("no matching call to the fake Slack API within " + timeout + "; unclaimed: " + unclaimedMethods());
            }
            if (wanted.test(call)) {
                return call;
            }
            synchronized (unclaimed) {
                unclaimed.add(call);
            }
        }
    }

    Call await(String method) throws InterruptedException {
        return await(c -> c.method().equals(method), Duration.ofSeconds(10));
    }

    /** Every call not yet awaited, e.g. to check that nothing else was posted. */
    List<Call> unclaimed() {
        synchronized (unclaimed) {
            arrived.drainTo(unclaimed);
            return List.copyOf(unclaimed);
        }
    }

    void forgetCalls() {
        synchronized (unclaimed) {
            arrived.clear();
            unclaimed.clear();
        }
    }

    private List<String> unclaimedMethods() {
        synchronized (unclaimed) {
            return unclaimed.stream().map(Call::method).toList();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String contentType = String.valueOf(exchange.getRequestHeaders().getFirst("Content-Type"));
            Map<String, String> form = contentType.startsWith("application/x-www-form-urlencoded") ? form(body) : Map.of();
            JsonObject json = contentType.startsWith("application/json") && !body.isBlank()
                    ? JsonParser.parseString(body).getAsJsonObject()
                    : null;
            boolean isResponseUrl = path.startsWith("/response/");
            String method = isResponseUrl ? "response_url" : path.substring(path.lastIndexOf('/') + 1);
            long arrivedNanos = System.nanoTime();
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            Fault fault = faultFor(method);
            Call call = new Call(method, path, body, form, json, fault == null ? 200 : fault.status(), arrivedNanos);
            // Look-ups Bolt makes on its own (auth.test at start, bots.info to spot its own messages) are not posts.
            if (!method.equals("auth.test") && !method.equals("bots.info")) {
                arrived.add(call);
            }
            if (fault != null && !fault.pause().isZero()) {
                // Recorded already: a test sees each try of a hung call when it is made.
                Thread.sleep(fault.pause().toMillis());
            }
            if (fault != null && fault.pause().isZero()) {
                byte[] bytes = fault.body().getBytes(StandardCharsets.UTF_8);
                fault.headers().forEach(exchange.getResponseHeaders()::set);
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(fault.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
                return;
            }
            String answer = isResponseUrl ? "ok" : answer(call).toString();
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", isResponseUrl ? "text/html" : "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JsonObject answer(Call call) {
        JsonObject answer = new JsonObject();
        answer.addProperty("ok", true);
        switch (call.method()) {
            case "auth.test" -> {
                answer.addProperty("url", "https://fake.slack.com/");
                answer.addProperty("team", "Fake");
                answer.addProperty("user", "skillsguide");
                answer.addProperty("team_id", "T1");
                answer.addProperty("user_id", BOT_USER);
                answer.addProperty("bot_id", BOT_ID);
            }
            case "chat.postMessage" -> {
                if (refusedChannels.contains(call.param("channel"))) {
                    answer.addProperty("ok", false);
                    answer.addProperty("error", "not_in_channel");
                } else {
                    answer.addProperty("channel", call.param("channel"));
                    answer.addProperty("ts", "1700000999.000100");
                }
            }
            case "bots.info" -> {
                JsonObject bot = new JsonObject();
                bot.addProperty("id", call.param("bot"));
                bot.addProperty("user_id", BOT_ID.equals(call.param("bot")) ? BOT_USER : "UOTHERBOT");
                answer.add("bot", bot);
            }
            case "chat.postEphemeral" -> answer.addProperty("message_ts", "1700000999.000200");
            case "views.publish", "views.open" -> {
                JsonObject view = new JsonObject();
                view.addProperty("id", "V1");
                answer.add("view", view);
            }
            case "apps.connections.open" -> answer.addProperty("url", socketModeUrl);
            default -> {
                answer.addProperty("ok", false);
                answer.addProperty("error", "unknown_method");
            }
        }
        return answer;
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                form.put(name, eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
