package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.skillsguide.config.ServeSettings;

/** The real server's metrics, admin command and health, reached the way Slack and a monitor reach them. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservabilityIntegrationTest {

    private static final String ADMIN = "UADMIN1";

    private RunningBot bot;
    private FakeSlackApi slack;
    private SlackSender sender;

    @BeforeAll
    void start() throws Exception {
        bot = RunningBot.start(Executors.newSingleThreadExecutor(),
                env -> env.put(ServeSettings.SKILLS_GUIDE_ADMINS, ADMIN), SlackCallPolicy.DEFAULT);
        slack = bot.slack();
        sender = bot.sender();
    }

    @AfterAll
    void stop() throws Exception {
        bot.close();
    }

    @BeforeEach
    void forgetEarlierCalls() {
        slack.forgetCalls();
    }

    @Test
    void countsASlashCommandAndItsAnswerAtPrometheus() throws Exception {
        double requestsBefore = metric("skillsguide_requests_total{kind=\"command\"}");
        double answersBefore = metric("skillsguide_answers_total{answer_kind=\"skills\",request_kind=\"command\"}");

        assertEquals(200, sender.postForm(SlackSender.slashCommand("/skills", "head of ITSM", slack.responseUrl("cmd"))).statusCode());

        HttpResponse<String> scrape = sender.get("/prometheus");
        assertEquals(200, scrape.statusCode());
        assertTrue(scrape.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"), scrape.headers().toString());
        assertEquals(requestsBefore + 1, metric("skillsguide_requests_total{kind=\"command\"}"));
        assertEquals(answersBefore + 1, metric("skillsguide_answers_total{answer_kind=\"skills\",request_kind=\"command\"}"));
        assertTrue(metric("skillsguide_answer_latency_seconds_count{request_kind=\"command\"}") >= 1);
        assertEquals(1.0, metric("skillsguide_index_entries{entity=\"levels\"}"));
        assertTrue(metric("skillsguide_index_entries{entity=\"statements\"}") > 0);
        assertEquals(TestServers.CLOCK.instant().getEpochSecond(), metric("skillsguide_data_loaded_at_seconds"));
    }

    @Test
    void countsSlackApiCallsByMethodAndOutcome() throws Exception {
        String ok = "skillsguide_slack_api_calls_total{method=\"chat.postMessage\",outcome=\"ok\"}";
        double before = metric(ok);

        sender.postJson(SlackHttpIntegrationTest.mention("Ev-metrics-1", "<@UBOT> /skill strategic thinking", "1700000000.000700", null));
        slack.await("chat.postMessage");

        // The call is counted once Slack's answer is read, just after the fake has recorded it.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (metric(ok) < before + 1 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertEquals(before + 1, metric(ok));
    }

    @Test
    void countsNoMatchAnswersAndListsThemForAdmins() throws Exception {
        double before = metric("skillsguide_answers_total{answer_kind=\"no_match\",request_kind=\"command\"}");
        sender.postForm(SlackSender.slashCommand("/skill", "underwater basket weaving", slack.responseUrl("cmd")));

        assertEquals(before + 1, metric("skillsguide_answers_total{answer_kind=\"no_match\",request_kind=\"command\"}"));
        String listed = adminReply(ADMIN, "unanswered 7").get("text").getAsString();
        assertTrue(listed.contains("/skill underwater basket weaving — 1 time"), listed);
        assertFalse(listed.contains("U123"), "no user IDs: " + listed);
    }

    @Test
    void refusesTheAdminCommandToOthersOverHttp() throws Exception {
        String lastReloadBefore = health().get("lastReload").toString();

        JsonObject reply = adminReply("U123", "reload");

        assertEquals("ephemeral", reply.get("response_type").getAsString());
        assertTrue(reply.get("text").getAsString().contains("only for the Skills Guide's admins"), reply.toString());
        bot.work().submit(() -> {}).get(10, TimeUnit.SECONDS); // anything the refusal had queued has run by now
        assertEquals(lastReloadBefore, health().get("lastReload").toString(), "no reload ran");
        assertTrue(slack.unclaimed().stream().noneMatch(call -> call.method().equals("response_url")), "nothing followed the refusal");
    }

    @Test
    void reloadsForTheAdminAndShowsItInStatusHealthAndMetrics() throws Exception {
        JsonObject ack = adminReply(ADMIN, "reload");
        assertTrue(ack.get("text").getAsString().startsWith("Reloading"), ack.toString());

        FakeSlackApi.Call told = slack.await("response_url");
        assertTrue(told.param("text").startsWith("Reloaded in "), told.param("text"));
        String status = adminReply(ADMIN, "status").get("text").getAsString();
        assertTrue(status.contains("1 families, 1 roles, 1 role levels, 8 skills"), status);
        assertTrue(status.contains("Last reload: swapped in at"), status);
        JsonObject lastReload = health().getAsJsonObject("lastReload");
        assertTrue(lastReload.get("swapped").getAsBoolean());
        assertEquals(0, lastReload.get("errors").getAsInt());
        assertEquals(TestServers.CLOCK.instant().toString(), lastReload.get("at").getAsString());
        assertEquals(TestServers.CLOCK.instant().getEpochSecond(), metric("skillsguide_reload_last_at_seconds"));
        assertEquals(0.0, metric("skillsguide_reload_failures_total"));
    }

    private JsonObject adminReply(String user, String text) throws Exception {
        HttpResponse<String> response = sender.postForm(SlackSender.slashCommand("/skills-admin", text, slack.responseUrl("admin"), user));
        assertEquals(200, response.statusCode(), response.body());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    private JsonObject health() throws Exception {
        HttpResponse<String> response = sender.get("/health");
        assertEquals(200, response.statusCode());
        return JsonParser.parseString(response.body()).getAsJsonObject();
    }

    /** One sample's value from /prometheus; 0 when the series has not been written yet. */
    private double metric(String series) throws Exception {
        String scrape = sender.get("/prometheus").body();
        Matcher sample = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }
}
