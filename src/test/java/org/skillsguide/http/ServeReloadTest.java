package org.skillsguide.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsguide.config.ServeSettings;
import org.skillsguide.knowledge.ReloadOutcome;
import org.skillsguide.slack.FakeSlackApi;
import org.skillsguide.slack.SlackSender;
import org.skillsguide.slack.TestServers;

/** The served bot picks up new data dropped into its directory, and /health shows it. */
class ServeReloadTest {

    @Test
    void reloadsNewDataWithoutARestartAndReportsItInHealth(@TempDir Path data) throws Exception {
        Files.copy(Path.of("index-data", "head-of-it-service-management.txt"), data.resolve("head-of-it-service-management.txt"));
        ExecutorService work = Executors.newSingleThreadExecutor();
        try (FakeSlackApi slack = new FakeSlackApi()) {
            Map<String, String> env = TestServers.environment(slack);
            env.put(ServeSettings.SKILLS_GUIDE_DATA, data.toString());
            try (SkillsGuideServer server = TestServers.start(env, work)) {
                SlackSender sender = new SlackSender(server.port(), TestServers.SIGNING_SECRET, TestServers.CLOCK);
                assertEquals(1, health(sender).get("levels").getAsInt());
                CompletableFuture<ReloadOutcome> reloaded = new CompletableFuture<>();
                server.onReload(reloaded::complete);

                Files.writeString(data.resolve("data-engineer.txt"), """
                        Data role: Data engineer
                        - Data engineers build and run the pipelines that move data.

                        Role level: Senior data engineer
                        - A senior data engineer designs pipelines and guides others.

                        At this role level, you will:
                        - design data pipelines

                        Skill: Data modelling
                        - design models for complex data
                        """);

                assertTrue(reloaded.get(30, TimeUnit.SECONDS).swapped(), "the new data loads without errors");
                assertEquals(2, health(sender).get("levels").getAsInt());
            }
        } finally {
            work.shutdownNow();
        }
    }

    private static JsonObject health(SlackSender sender) throws Exception {
        return JsonParser.parseString(sender.get("/health").body()).getAsJsonObject();
    }
}
