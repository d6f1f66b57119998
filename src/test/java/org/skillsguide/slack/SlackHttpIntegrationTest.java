package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The real server over real HTTP, talked to as Slack does, answering through a fake Slack Web API.
 * Answers run on one thread, so "nothing else was posted" is checked by awaiting a later answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackHttpIntegrationTest {

    private static final String ROLE = "Head of IT service management";

    private RunningBot bot;
    private FakeSlackApi slack;
    private SlackSender sender;

    @BeforeAll
    void start() throws Exception {
        bot = RunningBot.start(Executors.newSingleThreadExecutor());
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
    void answersUrlVerificationWithTheChallenge() throws Exception {
        HttpResponse<String> response = sender.postJson("{\"token\":\"x\",\"challenge\":\"c-123\",\"type\":\"url_verification\"}");

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("c-123"), response.body());
    }

    @Test
    void acknowledgesSlashCommandWithThePrivateCard() throws Exception {
        String body = SlackSender.slashCommand("/skills", "head of ITSM", slack.responseUrl("cmd"));

        HttpResponse<String> response = sender.postForm(body);

        assertEquals(200, response.statusCode());
        JsonObject ack = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals("ephemeral", ack.get("response_type").getAsString());
        assertTrue(ack.get("text").getAsString().contains(ROLE), ack.get("text").getAsString());
        assertTrue(actionIds(ack.getAsJsonArray("blocks")).contains("sg_share_here"));
        assertTrue(actionIds(ack.getAsJsonArray("blocks")).contains("sg_share_to"));
        assertEquals(String.valueOf(response.body().getBytes(StandardCharsets.UTF_8).length),
                response.headers().firstValue("Content-Length").orElseThrow());
    }

    @Test
    void keepsNonAsciiCommandTextIntact() throws Exception {
        String typed = "Crème brûlée’s 🎉 xyzzy";

        HttpResponse<String> response = sender.postForm(SlackSender.slashCommand("/skill", typed, slack.responseUrl("cmd")));

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains(typed), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().contains("utf-8"));
    }

    @Test
    void answersMentionInItsThread() throws Exception {
        sender.postJson(mention("Ev-thread-1", "<@UBOT> what does a head of IT service management do", "1700000000.000200", null));

        FakeSlackApi.Call post = slack.await("chat.postMessage");
        assertEquals("C1", post.param("channel"));
        assertEquals("1700000000.000200", post.param("thread_ts"));
        assertTrue(post.param("blocks").contains(ROLE), post.param("blocks"));
    }

    @Test
    void answersFollowUpMentionInTheSameThread() throws Exception {
        sender.postJson(mention("Ev-thread-2", "<@UBOT> skills for head of IT service management", "1700000000.000900", "1700000000.000200"));

        FakeSlackApi.Call post = slack.await("chat.postMessage");
        assertEquals("1700000000.000200", post.param("thread_ts"));
        assertTrue(post.param("text").contains("Skills for " + ROLE), post.param("text"));
    }

    @Test
    void answersNonAsciiMentionWithTheTextIntact() throws Exception {
        sender.postJson(mention("Ev-utf8", "<@UBOT> café’s 🎉 qwzx", "1700000000.000300", null));

        FakeSlackApi.Call post = slack.await("chat.postMessage");
        assertTrue(post.param("blocks").contains("café’s 🎉 qwzx"), post.param("blocks"));
        assertFalse(post.param("blocks").contains("UBOT"), "the bot's own mention is not part of the question");
    }

    @Test
    void answersDirectMessageInTheDm() throws Exception {
        sender.postJson(directMessage("Ev-dm-1", "U123", null, "/skill strategic thinking"));

        FakeSlackApi.Call post = slack.await("chat.postMessage");
        assertEquals("D1", post.param("channel"));
        assertEquals(null, post.param("thread_ts"));
        assertTrue(post.param("text").contains("Strategic thinking"), post.param("text"));
    }

    @Test
    void answersRetriedEventOnce() throws Exception {
        String event = directMessage("Ev-retried", "U123", null, "/skill strategic thinking");
        assertEquals(200, sender.postJson(event).statusCode());
        long now = TestServers.CLOCK.instant().getEpochSecond();
        HttpResponse<String> retry = sender.post(event, "application/json", Map.of(
                "X-Slack-Request-Timestamp", String.valueOf(now),
                "X-Slack-Signature", sender.sign(now, event),
                "X-Slack-Retry-Num", "1",
                "X-Slack-Retry-Reason", "http_timeout"));
        assertEquals(200, retry.statusCode());

        slack.await("chat.postMessage");
        sendSentinel();
        assertNothingElsePosted();
    }

    @ParameterizedTest
    @ValueSource(strings = {"bot_message", "bot_id", "itself"})
    void ignoresBotsAndItself(String who) throws Exception {
        String event = switch (who) {
            case "bot_message" -> """
                    {"type":"event_callback","team_id":"T1","api_app_id":"A1","event_id":"Ev-bot-1","event_time":1700000000,
                     "event":{"type":"message","subtype":"bot_message","bot_id":"B2","text":"/skill strategic thinking",
                              "channel":"D1","channel_type":"im","ts":"1700000000.000400","event_ts":"1700000000.000400"}}""";
            case "bot_id" -> directMessage("Ev-bot-2", "U999", "B2", "/skill strategic thinking");
            default -> directMessage("Ev-bot-3", FakeSlackApi.BOT_USER, FakeSlackApi.BOT_ID, "/skill strategic thinking");
        };

        assertEquals(200, sender.postJson(event).statusCode());

        sendSentinel();
        assertNothingElsePosted();
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing", "wrong secret", "tampered body", "stale", "future"})
    void rejectsBadSignaturesAndProcessesNothing(String problem) throws Exception {
        String event = mention("Ev-bad-" + problem, "<@UBOT> skills for head of IT service management", "1700000000.000500", null);
        long now = TestServers.CLOCK.instant().getEpochSecond();
        SlackSender stranger = new SlackSender(bot.server().port(), "someone-elses-secret", TestServers.CLOCK);
        Map<String, String> headers = switch (problem) {
            case "missing" -> Map.of();
            case "wrong secret" -> signed(now, stranger.sign(now, event));
            case "tampered body" -> signed(now, sender.sign(now, event.replace("skills for", "skill of")));
            case "stale" -> signed(now - 301, sender.sign(now - 301, event));
            default -> signed(now + 301, sender.sign(now + 301, event));
        };

        HttpResponse<String> response = sender.post(event, "application/json", headers);

        assertEquals(401, response.statusCode());
        sendSentinel();
        assertNothingElsePosted();
    }

    @Test
    void rejectsUnsignedSlashCommandWithoutAnswering() throws Exception {
        String body = SlackSender.slashCommand("/skills", "head of IT service management", slack.responseUrl("cmd"));

        HttpResponse<String> response = sender.post(body, "application/x-www-form-urlencoded", Map.of());

        assertEquals(401, response.statusCode());
        assertFalse(response.body().contains(ROLE));
    }

    @Test
    void sharesCardInTheChannelSignedByTheSharer() throws Exception {
        String payload = blockAction("sg_share_here", "/skills head of IT service management", true, slack.responseUrl("share-here"));

        assertEquals(200, sender.postForm(SlackSender.interaction(payload)).statusCode());

        FakeSlackApi.Call shared = slack.await("response_url");
        assertEquals("in_channel", shared.param("response_type"));
        assertEquals("false", shared.param("replace_original"));
        assertTrue(shared.body().contains("Shared by <@U123>"), shared.body());
        assertFalse(actionIds(shared.json().getAsJsonArray("blocks")).contains("sg_share_here"), "a shared card offers no sharing");
    }

    @Test
    void sharesCardToTheChosenConversation() throws Exception {
        String click = blockAction("sg_share_to", "/skills head of IT service management", true, slack.responseUrl("share-to"));
        assertEquals(200, sender.postForm(SlackSender.interaction(click)).statusCode());

        FakeSlackApi.Call opened = slack.await("views.open");
        assertEquals("111.222.abc", opened.param("trigger_id"));
        JsonObject modal = JsonParser.parseString(opened.param("view")).getAsJsonObject();
        assertTrue(modal.toString().contains("\"default_to_current_conversation\":true"), modal.toString());
        assertTrue(modal.toString().contains("conversations_select"), modal.toString());

        HttpResponse<String> submitted = sender.postForm(SlackSender.interaction(
                viewSubmission(modal.get("private_metadata").getAsString(), "C2")));
        assertEquals(200, submitted.statusCode());

        FakeSlackApi.Call posted = slack.await("chat.postMessage");
        assertEquals("C2", posted.param("channel"));
        assertTrue(posted.jsonParam("blocks").contains("Shared by <@U123>"), posted.jsonParam("blocks"));
    }

    @Test
    void tellsTheSharerWhyTheCardCouldNotBePosted() throws Exception {
        slack.refusePostsTo("G9");
        String metadata = "{\"q\":\"/skills head of IT service management\",\"origin\":\"C1\"}";

        sender.postForm(SlackSender.interaction(viewSubmission(metadata, "G9")));

        assertEquals("G9", slack.await("chat.postMessage").param("channel"));
        FakeSlackApi.Call told = slack.await("chat.postEphemeral");
        assertEquals("C1", told.param("channel"));
        assertEquals("U123", told.param("user"));
        assertTrue(told.param("text").contains("<#G9>") && told.param("text").contains("/invite"), told.param("text"));
    }

    @Test
    void tellsTheSharerInTheirDmWhenSharingFromTheHomeTabFails() throws Exception {
        slack.refusePostsTo("G8");
        String metadata = "{\"q\":\"/skill strategic thinking\"}";

        sender.postForm(SlackSender.interaction(viewSubmission(metadata, "G8")));

        assertEquals("G8", slack.await("chat.postMessage").param("channel"));
        FakeSlackApi.Call told = slack.await("chat.postMessage");
        assertEquals("U123", told.param("channel"), "a DM from the bot: there is no conversation to answer in");
        assertTrue(told.param("text").contains("<#G8>"), told.param("text"));
    }

    @Test
    void keepsTheShareModalOpenWhenNoConversationIsChosen() throws Exception {
        String metadata = "{\"q\":\"/skills head of IT service management\",\"origin\":\"C1\"}";

        HttpResponse<String> response = sender.postForm(SlackSender.interaction(viewSubmission(metadata, null)));

        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("\"response_action\":\"errors\""), response.body());
    }

    @Test
    void askButtonReplacesThePrivateCardInPlace() throws Exception {
        sender.postForm(SlackSender.interaction(blockAction("sg_ask_0", "/skill strategic thinking", true, slack.responseUrl("ask"))));

        FakeSlackApi.Call replaced = slack.await("response_url");
        assertEquals("true", replaced.param("replace_original"));
        assertEquals("ephemeral", replaced.param("response_type"));
        assertTrue(replaced.param("text").contains("Strategic thinking"), replaced.param("text"));
    }

    @Test
    void askButtonOnASharedCardAnswersTheClickerPrivately() throws Exception {
        sender.postForm(SlackSender.interaction(blockAction("sg_ask_1", "/skill strategic thinking", false, slack.responseUrl("ask-shared"))));

        FakeSlackApi.Call answered = slack.await("response_url");
        assertEquals("false", answered.param("replace_original"));
        assertEquals("ephemeral", answered.param("response_type"));
    }

    @Test
    void pageButtonShowsTheRequestedPageInPlace() throws Exception {
        sender.postForm(SlackSender.interaction(blockAction("sg_page", "2|/skills head of IT service management", true, slack.responseUrl("page"))));

        FakeSlackApi.Call page = slack.await("response_url");
        assertEquals("true", page.param("replace_original"));
        assertTrue(page.param("text").contains("Skills for " + ROLE), page.param("text"));
    }

    @Test
    void publishesTheHomeTabWhenOpened() throws Exception {
        sender.postJson("""
                {"type":"event_callback","team_id":"T1","api_app_id":"A1","event_id":"Ev-home","event_time":1700000000,
                 "event":{"type":"app_home_opened","user":"U123","channel":"D1","tab":"home","event_ts":"1700000000.000600"}}""");

        FakeSlackApi.Call published = slack.await("views.publish");
        assertEquals("U123", published.param("user_id"));
        JsonObject view = JsonParser.parseString(published.param("view")).getAsJsonObject();
        assertEquals("home", view.get("type").getAsString());
        assertTrue(view.getAsJsonArray("blocks").size() <= 100);
        assertTrue(actionIds(view.getAsJsonArray("blocks")).containsAll(java.util.List.of("sg_home_search", "sg_home_family")));
    }

    @Test
    void answersTheTypeaheadFromTheIndex() throws Exception {
        String payload = """
                {"type":"block_suggestion","user":{"id":"U123","name":"ann","team_id":"T1"},"api_app_id":"A1","token":"x",
                 "container":{"type":"view","view_id":"V1"},"action_id":"sg_home_search","block_id":"sg_home_search_block",
                 "value":"head of IT serv","team":{"id":"T1","domain":"fake"},
                 "view":{"id":"V1","type":"home","private_metadata":"{}"}}""";

        HttpResponse<String> response = sender.postForm(SlackSender.interaction(payload));

        assertEquals(200, response.statusCode());
        JsonArray options = JsonParser.parseString(response.body()).getAsJsonObject().getAsJsonArray("options");
        assertFalse(options.isEmpty(), response.body());
        assertTrue(options.size() <= 100);
        assertTrue(options.get(0).getAsJsonObject().getAsJsonObject("text").get("text").getAsString().startsWith(ROLE), response.body());
        for (JsonElement option : options) {
            assertTrue(option.getAsJsonObject().getAsJsonObject("text").get("text").getAsString().length() < 76);
        }
    }

    @Test
    void showsTheChosenCardInTheHomeTab() throws Exception {
        sender.postForm(SlackSender.interaction(homeSelect("sg_home_search", "/role " + ROLE, "{}")));

        FakeSlackApi.Call published = slack.await("views.publish");
        JsonObject view = JsonParser.parseString(published.param("view")).getAsJsonObject();
        JsonArray blocks = view.getAsJsonArray("blocks");
        assertTrue(blocks.toString().contains("{\"type\":\"header\",\"text\":{\"type\":\"plain_text\",\"text\":\"" + ROLE + "\""),
                "the level's card is appended: " + view);
        assertTrue(actionIds(blocks).contains("sg_share_to"), "the card keeps its buttons: " + view);
        assertTrue(view.getAsJsonArray("blocks").size() <= 100);
    }

    @Test
    void browsesFromFamilyToRoleInTheHomeTab() throws Exception {
        sender.postForm(SlackSender.interaction(homeSelect("sg_home_family", "IT operations", "{}")));

        JsonObject view = JsonParser.parseString(slack.await("views.publish").param("view")).getAsJsonObject();
        assertTrue(actionIds(view.getAsJsonArray("blocks")).contains("sg_home_role"), view.toString());
        assertEquals("{\"family\":\"IT operations\"}", view.get("private_metadata").getAsString());

        sender.postForm(SlackSender.interaction(homeSelect("sg_home_role", "IT service manager", view.get("private_metadata").getAsString())));

        JsonObject next = JsonParser.parseString(slack.await("views.publish").param("view")).getAsJsonObject();
        assertTrue(actionIds(next.getAsJsonArray("blocks")).contains("sg_home_level"), next.toString());
    }

    @Test
    void rejectsMalformedPayloadsWithACleanMessage() throws Exception {
        HttpResponse<String> badJson = sender.postForm("payload=%7Bnot+json");
        HttpResponse<String> badEvent = sender.postJson("{\"type\":\"event_callback\",");
        HttpResponse<String> unknownType = sender.postForm(SlackSender.interaction("{\"type\":\"something_new\"}"));

        for (HttpResponse<String> response : java.util.List.of(badJson, badEvent, unknownType)) {
            assertTrue(response.statusCode() == 400 || response.statusCode() == 200 || response.statusCode() == 404,
                    response.statusCode() + " " + response.body());
            assertFalse(response.body().contains("Exception"), response.body());
            assertFalse(response.body().contains("\tat "), response.body());
        }
        assertEquals(400, badJson.statusCode());
        assertEquals(400, badEvent.statusCode());
    }

    @Test
    void refusesAButtonPayloadWithoutActionsCleanlyAndDoesNothing() throws Exception {
        String payload = blockAction("sg_ask_0", "/skill strategic thinking", true, slack.responseUrl("no-actions"))
                .replaceAll("(?s)\"actions\":\\[.*\\]", "\"actions\":null");

        HttpResponse<String> response = sender.postForm(SlackSender.interaction(payload));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("actions"), "Bolt says what is missing: " + response.body());
        sendSentinel();
        assertNothingElsePosted();
    }

    @Test
    void rejectsUnsignedJunkAsUnauthorized() throws Exception {
        HttpResponse<String> response = sender.post("{\"type\":\"event_callback\",", "application/json",
                Map.of("X-Slack-Request-Timestamp", "1", "X-Slack-Signature", "v0=00"));

        assertEquals(401, response.statusCode());
    }

    @Test
    void reportsHealthOnceLoaded() throws Exception {
        HttpResponse<String> response = sender.get("/health");

        assertEquals(200, response.statusCode());
        JsonObject health = JsonParser.parseString(response.body()).getAsJsonObject();
        assertEquals("ok", health.get("status").getAsString());
        assertEquals(1, health.get("levels").getAsInt());
        assertTrue(health.get("skills").getAsInt() > 0);
        assertEquals(TestServers.CLOCK.instant().toString(), health.get("loadedAt").getAsString());
    }

    // --- what Slack sends -------------------------------------------------------------------

    static String mention(String eventId, String text, String ts, String threadTs) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "app_mention");
        event.addProperty("user", "U123");
        event.addProperty("text", text);
        event.addProperty("ts", ts);
        if (threadTs != null) {
            event.addProperty("thread_ts", threadTs);
        }
        event.addProperty("channel", "C1");
        event.addProperty("event_ts", ts);
        return callback(eventId, event);
    }

    static String directMessage(String eventId, String user, String botId, String text) {
        JsonObject event = new JsonObject();
        event.addProperty("type", "message");
        event.addProperty("user", user);
        if (botId != null) {
            event.addProperty("bot_id", botId);
        }
        event.addProperty("text", text);
        event.addProperty("channel", "D1");
        event.addProperty("channel_type", "im");
        event.addProperty("ts", "1700000000.000700");
        event.addProperty("event_ts", "1700000000.000700");
        return callback(eventId, event);
    }

    private static String callback(String eventId, JsonObject event) {
        JsonObject callback = new JsonObject();
        callback.addProperty("token", "legacy");
        callback.addProperty("team_id", "T1");
        callback.addProperty("api_app_id", "A1");
        callback.add("event", event);
        callback.addProperty("type", "event_callback");
        callback.addProperty("event_id", eventId);
        callback.addProperty("event_time", 1700000000);
        return callback.toString();
    }

    static String blockAction(String actionId, String value, boolean ephemeral, String responseUrl) {
        return """
                {"type":"block_actions","user":{"id":"U123","username":"ann","name":"ann","team_id":"T1"},"api_app_id":"A1",
                 "token":"legacy","container":{"type":"message","message_ts":"1700000000.000800","channel_id":"C1","is_ephemeral":%s},
                 "trigger_id":"111.222.abc","team":{"id":"T1","domain":"fake"},"channel":{"id":"C1","name":"general"},
                 "response_url":"%s",
                 "actions":[{"action_id":"%s","block_id":"sg_controls_0","text":{"type":"plain_text","text":"x"},
                             "value":%s,"type":"button","action_ts":"1700000001.000100"}]}"""
                .formatted(ephemeral, responseUrl, actionId, new com.google.gson.JsonPrimitive(value));
    }

    private static String homeSelect(String actionId, String value, String metadata) {
        return """
                {"type":"block_actions","user":{"id":"U123","username":"ann","name":"ann","team_id":"T1"},"api_app_id":"A1",
                 "token":"legacy","container":{"type":"view","view_id":"V1"},"trigger_id":"111.222.abc",
                 "team":{"id":"T1","domain":"fake"},
                 "view":{"id":"V1","type":"home","private_metadata":%s,"callback_id":"","state":{"values":{}}},
                 "actions":[{"action_id":"%s","block_id":"sg_home_browse","type":"static_select",
                             "selected_option":{"text":{"type":"plain_text","text":"x"},"value":%s},"action_ts":"1700000001.000200"}]}"""
                .formatted(new com.google.gson.JsonPrimitive(metadata), actionId, new com.google.gson.JsonPrimitive(value));
    }

    static String viewSubmission(String metadata, String conversation) {
        String selected = conversation == null ? "null" : "\"" + conversation + "\"";
        return """
                {"type":"view_submission","team":{"id":"T1","domain":"fake"},"user":{"id":"U123","username":"ann","name":"ann","team_id":"T1"},
                 "api_app_id":"A1","token":"legacy","trigger_id":"111.222.def",
                 "view":{"id":"V2","type":"modal","callback_id":"sg_share_modal","private_metadata":%s,
                         "state":{"values":{"sg_share_target":{"sg_share_conversation":{"type":"conversations_select","selected_conversation":%s}}}}},
                 "response_urls":[]}"""
                .formatted(new com.google.gson.JsonPrimitive(metadata), selected);
    }

    private static Map<String, String> signed(long timestamp, String signature) {
        return Map.of("X-Slack-Request-Timestamp", String.valueOf(timestamp), "X-Slack-Signature", signature);
    }

    /** A DM whose answer marks the end: the one answer thread posts in order, so anything else came before it. */
    private void sendSentinel() throws Exception {
        sender.postJson(directMessage("Ev-sentinel-" + System.nanoTime(), "U777", null, "/skill strategic thinking"));
        slack.await(c -> c.method().equals("chat.postMessage"), Duration.ofSeconds(10));
    }

    private void assertNothingElsePosted() {
        assertEquals(java.util.List.of(), slack.unclaimed().stream().map(FakeSlackApi.Call::method).toList());
    }

    static java.util.List<String> actionIds(JsonArray blocks) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (JsonElement block : blocks) {
            JsonObject b = block.getAsJsonObject();
            if (b.has("elements")) {
                b.getAsJsonArray("elements").forEach(e -> {
                    if (e.isJsonObject() && e.getAsJsonObject().has("action_id")) {
                        ids.add(e.getAsJsonObject().get("action_id").getAsString());
                    }
                });
            }
        }
        return ids;
    }
}
