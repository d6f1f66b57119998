package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsguide.config.ServeSettings;
import org.skillsguide.http.SkillsGuideServer;
import org.skillsguide.knowledge.ReloadOutcome;

/**
 * Reloads while Slack keeps asking: 4 threads send signed {@code /skills} commands for the whole run
 * while the data directory is reloaded 20 times, some with a new role, some with a broken file.
 * Every request must get its card, and answers must follow the data that is swapped in.
 */
class ReloadUnderLoadTest {

    private static final int SENDERS = 4;
    private static final int RELOADS = 20;
    /** Bounds the load whatever happens to the reloads; far more than the run needs. */
    private static final int MAX_REQUESTS_PER_SENDER = 20_000;
    private static final String ROLE = "Head of IT service management";
    private static final List<String> NEW_ROLE_WORDS = List.of("Zephyr", "Quokka", "Marimba", "Obsidian", "Tundra",
            "Saffron", "Nebula", "Kestrel", "Juniper", "Basalt", "Lagoon", "Cobalt", "Fjord", "Meadow", "Prism");

    @TempDir
    Path data;

    @Test
    void answersEveryRequestWhileReloadingAndSwitchesToGoodDataOnly() throws Exception {
        Files.copy(Path.of("index-data", "head-of-it-service-management.txt"), data.resolve("head-of-it-service-management.txt"));
        Files.copy(Path.of("index-data", "synonyms.txt"), data.resolve("synonyms.txt"));
        ExecutorService work = Executors.newSingleThreadExecutor();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try (FakeSlackApi slack = new FakeSlackApi()) {
            Map<String, String> env = TestServers.environment(slack);
            env.put(ServeSettings.SKILLS_GUIDE_DATA, data.toString());
            try (SkillsGuideServer server = TestServers.start(env, work)) {
                SlackSender sender = new SlackSender(server.port(), TestServers.SIGNING_SECRET, TestServers.CLOCK);
                AtomicBoolean reloading = new AtomicBoolean(true);
                AtomicInteger answered = new AtomicInteger();
                ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
                List<Future<?>> load = new ArrayList<>();
                for (int i = 0; i < SENDERS; i++) {
                    load.add(senders.submit(() -> askUntilDone(sender, slack, reloading, answered, failures)));
                }

                String newest = null;
                int good = 0;
                int broken = 0;
                for (int i = 0; i < RELOADS; i++) {
                    if (i % 4 == 3) {
                        Files.writeString(data.resolve("broken.txt"), "- a bullet before any heading\nRole level: nobody\n");
                        ReloadOutcome outcome = server.reload();
                        assertFalse(outcome.swapped(), "data with errors is not swapped in: " + outcome.describe());
                        assertTrue(roleCard(sender, slack, newest).contains(newest), "the previous data still answers after a broken reload");
                        Files.delete(data.resolve("broken.txt"));
                        broken++;
                    } else {
                        String role = NEW_ROLE_WORDS.get(good) + " cartographer";
                        assertFalse(roleCard(sender, slack, role).contains(role), role + " is unknown before the reload");
                        Files.writeString(data.resolve("role-" + i + ".txt"), statementFile(role));
                        ReloadOutcome outcome = server.reload();
                        assertTrue(outcome.swapped(), outcome.describe());
                        assertTrue(roleCard(sender, slack, role).contains(role), role + " answers after the reload");
                        newest = role;
                        good++;
                    }
                }
                reloading.set(false);
                for (Future<?> sending : load) {
                    sending.get(60, TimeUnit.SECONDS);
                }

                assertEquals(List.of(), List.copyOf(failures), "every request got its card");
                assertEquals(15, good);
                assertEquals(5, broken);
                assertTrue(answered.get() >= SENDERS * 5, "the load ran throughout: " + answered.get() + " answers");
                String metrics = sender.get("/prometheus").body();
                // The directory watch may reload too (and fail while broken.txt is there): at least ours are counted.
                Matcher failed = Pattern.compile("^skillsguide_reload_failures_total (\\S+)$", Pattern.MULTILINE).matcher(metrics);
                assertTrue(failed.find() && Double.parseDouble(failed.group(1)) >= broken, "failed reloads are counted: " + metrics);
                assertTrue(metrics.contains("skillsguide_index_entries{entity=\"roles\"} " + (1 + good) + ".0"), metrics);
            }
        } finally {
            senders.shutdownNow();
            work.shutdownNow();
        }
    }

    private static void askUntilDone(SlackSender sender, FakeSlackApi slack, AtomicBoolean reloading, AtomicInteger answered,
            ConcurrentLinkedQueue<String> failures) {
        for (int n = 0; n < MAX_REQUESTS_PER_SENDER && reloading.get(); n++) {
            try {
                HttpResponse<String> response = sender.postForm(SlackSender.slashCommand("/skills", "head of ITSM", slack.responseUrl("load")));
                JsonObject card = response.statusCode() == 200 ? JsonParser.parseString(response.body()).getAsJsonObject() : null;
                if (card == null || !card.has("blocks") || card.getAsJsonArray("blocks").isEmpty()
                        || !card.get("text").getAsString().contains(ROLE)) {
                    failures.add(response.statusCode() + " " + response.body());
                } else {
                    answered.incrementAndGet();
                }
            } catch (Exception e) {
                failures.add(e.toString());
            }
        }
    }

    /** The text of the private card {@code /role name} gets. */
    private static String roleCard(SlackSender sender, FakeSlackApi slack, String name) throws Exception {
        HttpResponse<String> response = sender.postForm(SlackSender.slashCommand("/role", name.toLowerCase(), slack.responseUrl("check")));
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject().get("text").getAsString();
    }

    private static String statementFile(String role) {
        return """
                Mapping role: %1$s
                - %1$ss map the territory.

                Role level: %1$s
                - A %2$s draws maps for others.

                At this role level, you will:
                - survey the land

                Skill: Map reading
                - read maps of complex terrain
                """.formatted(role, role.toLowerCase());
    }
}
