package org.skillsguide.slack;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.exceptions.JedisConnectionException;

/**
 * A real {@code redis-server} on a free loopback port, started by the test and stopped after it, with
 * nothing written to disk. Without the binary the test is skipped, saying why.
 */
final class RedisServer implements AutoCloseable {

    private final Process process;
    private final int port;

    private RedisServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static RedisServer start() throws IOException, InterruptedException {
        String binary = onPath("redis-server");
        if (binary == null) {
            String reason = "redis-server is not installed (Debian: apt-get install redis-server; .ci/run installs it)";
            System.out.println("SKIPPED Redis tests: " + reason);
            assumeTrue(false, reason);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder(binary, "--port", String.valueOf(port), "--save", "", "--appendonly", "no",
                        "--bind", "127.0.0.1")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        RedisServer server = new RedisServer(process, port);
        server.awaitReady(Duration.ofSeconds(10));
        return server;
    }

    String url() {
        return "redis://127.0.0.1:" + port;
    }

    Jedis client() {
        return new Jedis("127.0.0.1", port);
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Jedis jedis = client()) {
                if ("PONG".equals(jedis.ping())) {
                    return;
                }
            } catch (JedisConnectionException e) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    close();
                    throw new IllegalStateException("redis-server did not start on port " + port, e);
                }
            }
            // The process needs a moment to open its port; there is nothing to await but the port itself.
            Thread.sleep(20);
        }
    }

    private static String onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
