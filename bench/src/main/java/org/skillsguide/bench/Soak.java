package org.skillsguide.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The soak (issue 4 §6): one {@code serve} (HTTP mode, full framework, this process's {@link FakeSlack}
 * as the Web API and response_url, all on 127.0.0.1) under a steady mixed load for a fixed time:
 * signed slash commands, app_mention and message.im event callbacks with unique event_ids,
 * block_actions clicks on an {@code sg_ask_0} button, and block_suggestion typeahead requests.
 * Every {@code sampleSeconds} it runs {@code jcmd PID GC.run} then {@code GC.heap_info} and records the
 * heap used after that full GC, with the server's RSS. Bounded: the server is stopped at the end.
 *
 * <p>Arguments: app jar, data directory, seconds, requests per second, sample seconds, then JVM
 * options for the server. Exit status 0 only when no request failed.
 */
public final class Soak {

    private static final String SECRET = "benchsecret";

    /** Ten slots a second-tenth each: 4 slash commands, 1 mention, 1 DM, 2 clicks, 2 typeaheads. */
    private static final String[] MIX = {"slash", "suggest", "action", "mention", "slash", "slash", "suggest", "action", "dm", "slash"};

    private static final String[] SLASH = {
        "/role|data engineer", "/skills|lead data engineer", "/skill|data visualisation",
        "/role|principal data scientist", "/skills|senior developer", "/skill|stakeholder relationship management",
        "/role|head of IT service management", "/skills|delivery manager", "/skill|strategic thinking",
        "/role|performance analyst", "/skills|technical architect", "/skill|user focus",
        "/role|pricipal data scientst", "/skills|", "/skill|data visualization", "/role|product manager",
    };

    private static final String[] ASK = {
        "/skills lead data engineer", "/role senior delivery manager", "/skill data visualisation",
        "/skills head of IT service management", "/role data architect", "/skill technical understanding",
    };

    private static final String[] TYPED = {"head of IT serv", "data eng", "lead dev", "product man", "archi", "user res", "deliv", "perf"};

    private final HttpClient client = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newFixedThreadPool(4, daemon("soak-client")))
            .build();
    private final String serverUrl;
    private final String fakeUrl;
    private final List<String> questions;
    private final Map<String, Stats> total = new ConcurrentHashMap<>();
    private volatile Map<String, Stats> window = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicLong skipped = new AtomicLong();
    private final List<String> failures = Collections.synchronizedList(new ArrayList<>());

    private Soak(String serverUrl, String fakeUrl, List<String> questions) {
        this.serverUrl = serverUrl;
        this.fakeUrl = fakeUrl;
        this.questions = questions;
    }

    public static void main(String[] args) throws Exception {
        String appJar = args[0];
        String dataDir = args[1];
        long seconds = Long.parseLong(args[2]);
        int rate = Integer.parseInt(args[3]);
        long sampleSeconds = Long.parseLong(args[4]);
        List<String> jvmOptions = Arrays.asList(args).subList(5, args.length);
        String javaHome = System.getProperty("java.home");

        try (FakeSlack fake = new FakeSlack()) {
            int port;
            try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            File log = File.createTempFile("skills-guide-soak-serve", ".log");
            List<String> command = new ArrayList<>();
            command.add(javaHome + "/bin/java");
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", appJar, "serve"));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log);
            Map<String, String> env = builder.environment();
            env.put("SLACK_BOT_TOKEN", "xoxb-bench");
            env.put("SLACK_SIGNING_SECRET", SECRET);
            env.put("SLACK_API_URL", fake.apiUrl());
            env.put("PORT", String.valueOf(port));
            env.put("SKILLS_GUIDE_DATA", dataDir);
            env.remove("SLACK_APP_TOKEN");
            env.remove("REDIS_URL");
            Process serve = builder.start();
            int status;
            try {
                System.out.printf("server: pid %d, port %d, java %s -jar %s serve%n", serve.pid(), port, String.join(" ", jvmOptions), appJar);
                Soak soak = new Soak("http://127.0.0.1:" + port, "http://127.0.0.1:" + fake.port() + "/", Questions.load().texts());
                soak.awaitHealth(serve, Duration.ofSeconds(60));
                status = soak.run(serve, fake, seconds, rate, sampleSeconds, javaHome);
            } finally {
                serve.destroy();
                if (!serve.waitFor(15, TimeUnit.SECONDS)) {
                    serve.destroyForcibly();
                }
            }
            List<String> lines = Files.readAllLines(log.toPath(), StandardCharsets.UTF_8);
            long bad = lines.stream().filter(l -> l.matches("(?i).*(exception|\\berror\\b).*")).count();
            System.out.printf("SUMMARY server log: %d lines, %d with 'error' or 'exception'%n", lines.size(), bad);
            lines.stream().filter(l -> l.matches("(?i).*(exception|\\berror\\b).*")).limit(10).forEach(l -> System.out.println("  log: " + l));
            Files.deleteIfExists(log.toPath());
            System.exit(status);
        }
    }

    private void awaitHealth(Process serve, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!serve.isAlive()) {
                throw new IllegalStateException("the server exited with status " + serve.exitValue());
            }
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(serverUrl + "/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("no /health 200 within " + limit);
    }

    private int run(Process serve, FakeSlack fake, long seconds, int rate, long sampleSeconds, String javaHome) throws Exception {
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(daemon("soak-ticker"));
        long periodMicros = 1_000_000L / rate;
        System.out.printf("load: %d req/s for %d s (mix per 10: 4 slash, 2 block_suggestion, 2 block_actions, 1 app_mention, 1 message.im)%n",
                rate, seconds);
        System.out.println(heapLine(0, serve.pid(), javaHome, List.of()));
        long start = System.nanoTime();
        ticker.scheduleAtFixedRate(this::fire, 0, periodMicros, TimeUnit.MICROSECONDS);
        List<Long> heaps = new ArrayList<>();
        for (long t = sampleSeconds; t <= seconds; t += sampleSeconds) {
            long wait = start + TimeUnit.SECONDS.toNanos(t) - System.nanoTime();
            if (wait > 0) {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            }
            // Sampled while the load still runs (the last sample too), so every sample sees the same traffic.
            String line = heapLine(t, serve.pid(), javaHome, heaps);
            Map<String, Stats> finished = window;
            window = new ConcurrentHashMap<>();
            List<String> windowText = new ArrayList<>();
            finished.forEach((kind, s) -> windowText.add(kind + " " + s.brief()));
            Collections.sort(windowText);
            System.out.println(line + "  | last " + sampleSeconds + " s: " + String.join("; ", windowText)
                    + (inFlight.get() > 0 ? "; in flight " + inFlight.get() : ""));
            if (!serve.isAlive()) {
                failures.add("the server exited during the soak");
                break;
            }
        }
        ticker.shutdownNow();
        System.out.println(heapLine(0, serve.pid(), javaHome, List.of()).replace("t=   0s", "after  ") + "  (load stopped)");
        long drain = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (inFlight.get() > 0 && System.nanoTime() < drain) {
            Thread.sleep(50);
        }
        // The answers to events and clicks go out after the acknowledgement: give them time to arrive.
        long expectedPosts = count("mention") + count("dm");
        long expectedResponses = count("action");
        long settle = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while ((fake.requests("chat.postMessage") < expectedPosts || fake.requests("response_url") < expectedResponses)
                && System.nanoTime() < settle) {
            Thread.sleep(100);
        }

        long sent = sequence.get();
        long errors = total.values().stream().mapToLong(s -> s.errors.get()).sum();
        System.out.println();
        List<String> kinds = new ArrayList<>(total.keySet());
        Collections.sort(kinds);
        for (String kind : kinds) {
            System.out.printf("SUMMARY %-8s %s%n", kind, total.get(kind).full());
        }
        System.out.printf("SUMMARY requests sent %d in %d s (%.1f req/s), errors (non-2xx, bad body, no answer) %d, skipped (over 200 in flight) %d%n",
                sent, seconds, sent / (double) seconds, errors, skipped.get());
        System.out.printf("SUMMARY fake Slack: chat.postMessage %d (events sent %d), response_url posts %d (block_actions sent %d); all calls %s%n",
                fake.requests("chat.postMessage"), expectedPosts, fake.requests("response_url"), expectedResponses, fake.requestsByName());
        if (!heaps.isEmpty()) {
            long first = heaps.get(0);
            long last = heaps.get(heaps.size() - 1);
            long max = Collections.max(heaps);
            long min = Collections.min(heaps);
            double deviation = Math.max(max - first, first - min) * 100.0 / first;
            System.out.printf(Locale.ROOT, "SUMMARY heap used after full GC: first (t=%ds) %.1f MiB, last %.1f MiB (%+.1f%%), min %.1f, max %.1f, max deviation from first %.1f%% over %d samples%n",
                    sampleSeconds, first / 1024.0, last / 1024.0, (last - first) * 100.0 / first, min / 1024.0, max / 1024.0, deviation, heaps.size());
        }
        synchronized (failures) {
            failures.stream().limit(20).forEach(f -> System.out.println("  failure: " + f));
        }
        boolean answered = fake.requests("chat.postMessage") >= expectedPosts && fake.requests("response_url") >= expectedResponses;
        return errors == 0 && skipped.get() == 0 && answered ? 0 : 1;
    }

    private long count(String kind) {
        Stats s = total.get(kind);
        return s == null ? 0 : s.count.get();
    }

    /** {@code jcmd PID GC.run}, then {@code GC.heap_info}: the heap used after a full collection. */
    private static String heapLine(long t, long pid, String javaHome, List<Long> heaps) throws Exception {
        jcmd(javaHome, pid, "GC.run");
        String info = jcmd(javaHome, pid, "GC.heap_info");
        Matcher m = Pattern.compile("total (\\d+)K, used (\\d+)K").matcher(info);
        long used = -1;
        long committed = -1;
        if (m.find()) {
            committed = Long.parseLong(m.group(1));
            used = Long.parseLong(m.group(2));
        }
        if (t > 0 && used >= 0) {
            heaps.add(used);
        }
        String rss = "?";
        String hwm = "?";
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
            } else if (line.startsWith("VmHWM:")) {
                hwm = String.valueOf(Long.parseLong(line.replaceAll("\\D", "")) / 1024);
            }
        }
        return String.format(Locale.ROOT, "HEAP t=%4ds load %s  heap used after GC %6.1f MiB (committed %6.1f MiB)  RSS %s MiB (peak %s)",
                t, String.join(" ", Arrays.asList(Files.readString(Path.of("/proc/loadavg")).trim().split(" ")).subList(0, 3)),
                used / 1024.0, committed / 1024.0, rss, hwm);
    }

    private static String jcmd(String javaHome, long pid, String what) throws Exception {
        Process p = new ProcessBuilder(javaHome + "/bin/jcmd", String.valueOf(pid), what).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        return out;
    }

    private void fire() {
        if (inFlight.get() >= 200) {
            skipped.incrementAndGet();
            return;
        }
        long n = sequence.getAndIncrement();
        String kind = MIX[(int) (n % MIX.length)];
        String body;
        String contentType = "application/x-www-form-urlencoded";
        switch (kind) {
            case "slash" -> {
                String[] c = SLASH[(int) ((n / MIX.length) % SLASH.length)].split("\\|", -1);
                body = SlackSigning.slashCommandBody(c[0], c[1], fakeUrl);
            }
            case "mention" -> {
                contentType = "application/json";
                body = callback(n, "app_mention", "<@U0BENCH> " + question(n), null);
            }
            case "dm" -> {
                contentType = "application/json";
                body = callback(n, "message", question(n), "im");
            }
            case "action" -> body = "payload=" + enc(blockAction(n));
            default -> body = "payload=" + enc(suggestion(n));
        }
        long timestamp = System.currentTimeMillis() / 1000;
        HttpRequest request = HttpRequest.newBuilder(URI.create(serverUrl + "/slack/events"))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .header("X-Slack-Request-Timestamp", String.valueOf(timestamp))
                .header("X-Slack-Signature", SlackSigning.signature(SECRET, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        long sentAt = System.nanoTime();
        inFlight.incrementAndGet();
        client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, error) -> {
            inFlight.decrementAndGet();
            long micros = (System.nanoTime() - sentAt) / 1000;
            String problem;
            if (error != null) {
                problem = error.toString();
            } else if (response.statusCode() / 100 != 2) {
                problem = "status " + response.statusCode();
            } else {
                problem = badBody(kind, response.body());
            }
            record(kind, micros, problem == null);
            if (problem != null) {
                failures.add(kind + " #" + n + ": " + problem);
            }
        });
    }

    private static String badBody(String kind, String body) {
        return switch (kind) {
            case "slash" -> body.contains("\"blocks\"") ? null : "no card: " + abbreviate(body);
            case "suggest" -> body.contains("\"options\":[{") ? null : "no options: " + abbreviate(body);
            default -> null;
        };
    }

    private static String abbreviate(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private void record(String kind, long micros, boolean ok) {
        total.computeIfAbsent(kind, k -> new Stats()).add(micros, ok);
        window.computeIfAbsent(kind, k -> new Stats()).add(micros, ok);
    }

    private String question(long n) {
        return questions.get((int) ((n * 7) % questions.size())).replaceFirst("^/\\S+\\s*", "");
    }

    private static String callback(long n, String type, String text, String channelType) {
        String ts = "1700000000." + String.format("%06d", n % 1_000_000);
        StringBuilder event = new StringBuilder("{\"type\":\"").append(type).append("\",\"user\":\"U123\",\"text\":")
                .append(json(text)).append(",\"ts\":\"").append(ts).append("\",\"event_ts\":\"").append(ts).append('"');
        if (channelType != null) {
            event.append(",\"channel\":\"D1\",\"channel_type\":\"").append(channelType).append('"');
        } else {
            event.append(",\"channel\":\"C1\"");
        }
        event.append('}');
        return "{\"token\":\"legacy\",\"team_id\":\"T1\",\"api_app_id\":\"A1\",\"event\":" + event
                + ",\"type\":\"event_callback\",\"event_id\":\"EvSoak" + n + "\",\"event_time\":" + (System.currentTimeMillis() / 1000) + "}";
    }

    private String blockAction(long n) {
        return "{\"type\":\"block_actions\",\"user\":{\"id\":\"U123\",\"username\":\"ann\",\"name\":\"ann\",\"team_id\":\"T1\"},\"api_app_id\":\"A1\","
                + "\"token\":\"legacy\",\"container\":{\"type\":\"message\",\"message_ts\":\"1700000000.000800\",\"channel_id\":\"C1\",\"is_ephemeral\":true},"
                + "\"trigger_id\":\"111.222.abc\",\"team\":{\"id\":\"T1\",\"domain\":\"fake\"},\"channel\":{\"id\":\"C1\",\"name\":\"general\"},"
                + "\"response_url\":" + json(fakeUrl + "actions/T1/" + n + "/soak") + ","
                + "\"actions\":[{\"action_id\":\"sg_ask_0\",\"block_id\":\"sg_links_0\",\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},"
                + "\"value\":" + json(ASK[(int) ((n / MIX.length) % ASK.length)]) + ",\"type\":\"button\",\"action_ts\":\"1700000001.000100\"}]}";
    }

    private static String suggestion(long n) {
        return "{\"type\":\"block_suggestion\",\"user\":{\"id\":\"U123\",\"name\":\"ann\",\"team_id\":\"T1\"},\"api_app_id\":\"A1\",\"token\":\"x\","
                + "\"container\":{\"type\":\"view\",\"view_id\":\"V1\"},\"action_id\":\"sg_home_search\",\"block_id\":\"sg_home_search_block\","
                + "\"value\":" + json(TYPED[(int) ((n / MIX.length) % TYPED.length)]) + ",\"team\":{\"id\":\"T1\",\"domain\":\"fake\"},"
                + "\"view\":{\"id\":\"V1\",\"type\":\"home\",\"private_metadata\":\"{}\"}}";
    }

    private static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** Latencies (µs) and outcomes of one kind of request. */
    private static final class Stats {
        final AtomicLong count = new AtomicLong();
        final AtomicLong errors = new AtomicLong();
        private final List<Long> micros = new ArrayList<>();

        void add(long latency, boolean ok) {
            count.incrementAndGet();
            if (!ok) {
                errors.incrementAndGet();
            }
            synchronized (micros) {
                micros.add(latency);
            }
        }

        private long[] sorted() {
            synchronized (micros) {
                return micros.stream().mapToLong(Long::longValue).sorted().toArray();
            }
        }

        private static double ms(long[] a, double q) {
            if (a.length == 0) {
                return 0;
            }
            int i = Math.max(0, Math.min(a.length - 1, (int) Math.ceil(q * a.length) - 1));
            return a[i] / 1000.0;
        }

        String brief() {
            long[] a = sorted();
            return String.format(Locale.ROOT, "n=%d err=%d p50=%.1fms p99=%.1fms", count.get(), errors.get(), ms(a, 0.5), ms(a, 0.99));
        }

        String full() {
            long[] a = sorted();
            return String.format(Locale.ROOT, "n=%d errors=%d  p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms",
                    count.get(), errors.get(), ms(a, 0.5), ms(a, 0.9), ms(a, 0.99), a.length == 0 ? 0 : a[a.length - 1] / 1000.0);
        }
    }
}
