package org.skillsguide.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A tiny stand-in for Slack's Web API and response_url on 127.0.0.1: every request is answered
 * {@code {"ok":true,...}}, so the bot under test never reaches the internet. Run alone it prints its
 * port and serves until killed (bench/http.sh); {@link StartupProbe} embeds it.
 */
public final class FakeSlack implements AutoCloseable {

    private static final byte[] OK = ("{\"ok\":true,\"url\":\"https://bench.slack.invalid/\",\"team\":\"Bench\",\"user\":\"bench\","
            + "\"team_id\":\"T0BENCH\",\"user_id\":\"U0BENCH\",\"bot_id\":\"B0BENCH\",\"channel\":\"C0BENCH\",\"ts\":\"1.000001\"}")
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final AtomicLong requests = new AtomicLong();
    private final Map<String, AtomicLong> byName = new ConcurrentHashMap<>();

    public FakeSlack() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-slack");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
            }
            requests.incrementAndGet();
            byName.computeIfAbsent(name(exchange.getRequestURI().getPath()), k -> new AtomicLong()).incrementAndGet();
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(200, OK.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(OK);
            }
        });
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** The Web API base URL to give the bot as SLACK_API_URL. */
    public String apiUrl() {
        return "http://127.0.0.1:" + port() + "/api/";
    }

    public long requests() {
        return requests.get();
    }

    /** Requests so far by Web API method ("chat.postMessage") or, for response_url posts, "response_url". */
    public Map<String, Long> requestsByName() {
        Map<String, Long> copy = new TreeMap<>();
        byName.forEach((k, v) -> copy.put(k, v.get()));
        return copy;
    }

    public long requests(String name) {
        AtomicLong count = byName.get(name);
        return count == null ? 0 : count.get();
    }

    private static String name(String path) {
        if (path.startsWith("/api/")) {
            return path.substring("/api/".length());
        }
        return path.startsWith("/actions/") || path.startsWith("/commands/") ? "response_url" : path;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    public static void main(String[] args) throws Exception {
        FakeSlack fake = new FakeSlack();
        System.out.println(fake.port());
        System.out.flush();
        // Bounded: serves at most the given seconds (default 10 minutes), then exits.
        long seconds = args.length > 0 ? Long.parseLong(args[0]) : 600;
        Thread.sleep(seconds * 1000);
        fake.close();
    }
}
