package org.skillsguide.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Start-up time of {@code java -jar skills-guide.jar serve} in HTTP mode on the full framework:
 * from launching the process to the first 200 from GET /health, and to the first signed
 * {@code /skills lead data engineer} answered with a card. A fake Slack Web API runs in this JVM on
 * 127.0.0.1. Args: app jar, runs (default 5). Env: BENCH_DATA_DIR (the data), SERVE_JAVA_OPTS.
 * Every wait is bounded (30 s a run).
 */
public final class StartupProbe {

    static final String SECRET = "benchsecret";
    static final Duration RUN_LIMIT = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path data = BenchData.directory();
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        double[] health = new double[runs];
        double[] answered = new double[runs];
        try (FakeSlack slack = new FakeSlack()) {
            for (int run = 0; run < runs; run++) {
                double[] times = once(jar, data, slack, client);
                health[run] = times[0];
                answered[run] = times[1];
                System.out.printf("run %d: health_ms=%.0f slash_answered_ms=%.0f%n", run + 1, times[0], times[1]);
            }
        }
        System.out.printf("median of %d: health_ms=%.0f slash_answered_ms=%.0f%n", runs, median(health), median(answered));
    }

    private static double[] once(Path jar, Path data, FakeSlack slack, HttpClient client) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String opts = System.getenv().getOrDefault("SERVE_JAVA_OPTS", "");
        if (!opts.isBlank()) {
            command.addAll(Arrays.asList(opts.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toString(), "serve"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(new File(System.getProperty("java.io.tmpdir"), "skills-guide-startup-" + port + ".log"));
        Map<String, String> env = builder.environment();
        env.remove("SLACK_APP_TOKEN"); // HTTP mode, never Socket Mode
        env.put("SLACK_BOT_TOKEN", "xoxb-bench");
        env.put("SLACK_SIGNING_SECRET", SECRET);
        env.put("SLACK_API_URL", slack.apiUrl());
        env.put("PORT", String.valueOf(port));
        env.put("SKILLS_GUIDE_DATA", data.toString());
        String base = "http://127.0.0.1:" + port;
        long start = System.nanoTime();
        long deadline = start + RUN_LIMIT.toNanos();
        Process process = builder.start();
        try {
            HttpRequest healthRequest = HttpRequest.newBuilder(URI.create(base + "/health"))
                    .timeout(Duration.ofSeconds(2)).GET().build();
            long healthAt = until(deadline, process, () -> client.send(healthRequest, HttpResponse.BodyHandlers.discarding()).statusCode() == 200);
            long answeredAt = until(deadline, process, () -> {
                long now = System.currentTimeMillis() / 1000;
                String body = SlackSigning.slashCommandBody("/skills", "lead data engineer", "http://127.0.0.1:" + slack.port() + "/");
                HttpRequest slash = HttpRequest.newBuilder(URI.create(base + "/slack/events"))
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-Slack-Request-Timestamp", String.valueOf(now))
                        .header("X-Slack-Signature", SlackSigning.signature(SECRET, now, body))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                HttpResponse<String> response = client.send(slash, HttpResponse.BodyHandlers.ofString());
                return response.statusCode() == 200 && response.body().contains("\"blocks\"");
            });
            return new double[] {(healthAt - start) / 1e6, (answeredAt - start) / 1e6};
        } finally {
            process.destroy();
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
    }

    interface Check {
        boolean ok() throws Exception;
    }

    /** Polls every 5 ms until the check passes; fails at the deadline or if the server exits. */
    private static long until(long deadline, Process process, Check check) throws Exception {
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with status " + process.exitValue()
                        + " (its output is in " + System.getProperty("java.io.tmpdir") + "/skills-guide-startup-*.log)");
            }
            try {
                if (check.ok()) {
                    return System.nanoTime();
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(5);
        }
        throw new IllegalStateException("no answer within " + RUN_LIMIT.toSeconds() + " s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
