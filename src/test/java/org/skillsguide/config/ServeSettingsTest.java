package org.skillsguide.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServeSettingsTest {

    private static final String BOT = "xoxb-1111-secret-part";
    private static final String SIGNING = "signing-secret-value";

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("SLACK_BOT_TOKEN", BOT);
        env.put("SLACK_SIGNING_SECRET", SIGNING);
        env.put("SKILLS_GUIDE_DATA", "index-data");
        return env;
    }

    @Test
    void appliesTheDocumentedDefaults() {
        ServeSettings settings = ServeSettings.fromEnvironment(env());

        assertEquals(8080, settings.port());
        assertEquals(URI.create("https://slack.com/api/"), settings.apiUrl());
        assertFalse(settings.socketMode());
        assertEquals(Path.of("index-data"), settings.dataDirectory());
    }

    @Test
    void usesSocketModeWhenAnAppTokenIsSetAndThenNeedsNoSigningSecret() {
        Map<String, String> env = env();
        env.remove("SLACK_SIGNING_SECRET");
        env.put("SLACK_APP_TOKEN", "xapp-1-abc");

        assertTrue(ServeSettings.fromEnvironment(env).socketMode());
    }

    @Test
    void endsTheApiUrlWithASlash() {
        Map<String, String> env = env();
        env.put("SLACK_API_URL", "http://127.0.0.1:9999/api");

        assertEquals("http://127.0.0.1:9999/api/", ServeSettings.fromEnvironment(env).apiUrl().toString());
    }

    @Test
    void namesTheVariableThatIsMissingOrMalformed() {
        assertMessage("SLACK_BOT_TOKEN is not set", without("SLACK_BOT_TOKEN"));
        assertMessage("SLACK_SIGNING_SECRET is not set", without("SLACK_SIGNING_SECRET"));
        assertMessage("SLACK_BOT_TOKEN must start with \"xoxb-\"", with("SLACK_BOT_TOKEN", "xoxp-user-token"));
        assertMessage("SLACK_APP_TOKEN must start with \"xapp-\"", with("SLACK_APP_TOKEN", "xoxb-wrong"));
        assertMessage("PORT must be a port number", with("PORT", "80a"));
        assertMessage("PORT must be a port number", with("PORT", "70000"));
        assertMessage("SLACK_API_URL must be an http(s) URL", with("SLACK_API_URL", "slack.com/api"));
        assertMessage("SKILLS_GUIDE_DATA is not a directory", with("SKILLS_GUIDE_DATA", "no/such/dir"));
    }

    @Test
    void hasNoAdminsAndTextLogsUnlessTold() {
        ServeSettings settings = ServeSettings.fromEnvironment(env());

        assertEquals(Set.of(), settings.admins());
        assertEquals(ServeSettings.LogFormat.TEXT, settings.logFormat());
    }

    @Test
    void readsAdminsAsCommaSeparatedSlackUserIds() {
        ServeSettings settings = ServeSettings.fromEnvironment(with("SKILLS_GUIDE_ADMINS", " U024BE7LH, W012A3CDE ,,"));

        assertEquals(Set.of("U024BE7LH", "W012A3CDE"), settings.admins());
    }

    @Test
    void refusesAdminsThatAreNotUserIdsAndUnknownLogFormats() {
        assertMessage("SKILLS_GUIDE_ADMINS must be Slack user IDs", with("SKILLS_GUIDE_ADMINS", "U024BE7LH, ann@example.org"));
        assertMessage("SKILLS_GUIDE_ADMINS must be Slack user IDs", with("SKILLS_GUIDE_ADMINS", "@ann"));
        assertMessage("LOG_FORMAT must be \"text\" or \"json\"", with("LOG_FORMAT", "xml"));
        assertEquals(ServeSettings.LogFormat.JSON, ServeSettings.fromEnvironment(with("LOG_FORMAT", "JSON")).logFormat());
    }

    @Test
    void neverShowsATokenInMessagesOrToString() {
        SettingsException refused = assertThrows(SettingsException.class,
                () -> ServeSettings.fromEnvironment(with("SLACK_BOT_TOKEN", "xoxp-secret-part")));
        ServeSettings settings = ServeSettings.fromEnvironment(env());

        assertFalse(refused.getMessage().contains("secret-part"));
        assertFalse(settings.toString().contains("secret"), settings.toString());
        assertFalse(settings.botToken().toString().contains("xoxb"));
    }

    @Test
    void keepsEventDedupeInMemoryWithoutRedisUrl() {
        assertTrue(ServeSettings.fromEnvironment(env()).redis().isEmpty());
    }

    @Test
    void readsRedisUrlWithCredentialsAndDatabase() {
        ServeSettings settings = ServeSettings.fromEnvironment(with("REDIS_URL", "redis://bot:hunter2@127.0.0.1:6380/2"));

        assertEquals(URI.create("redis://bot:hunter2@127.0.0.1:6380/2"), settings.redis().orElseThrow().uri());
    }

    @Test
    void refusesMalformedRedisUrlNamingTheVariable() {
        assertMessage("REDIS_URL must start with redis://", with("REDIS_URL", "http://127.0.0.1:6379"));
        assertMessage("REDIS_URL is not a URL", with("REDIS_URL", "127.0.0.1:6379"));
        assertMessage("REDIS_URL needs a host", with("REDIS_URL", "redis://127.0.0.1:63a9"));
        assertMessage("REDIS_URL needs a host", with("REDIS_URL", "redis:///0"));
        assertMessage("REDIS_URL is not a URL", with("REDIS_URL", "redis://127.0.0.1:6379/0 extra"));
        assertMessage("REDIS_URL may end only in a database number", with("REDIS_URL", "redis://127.0.0.1/cache"));
    }

    @Test
    void neverShowsTheRedisPasswordInMessagesOrToString() {
        SettingsException refused = assertThrows(SettingsException.class,
                () -> ServeSettings.fromEnvironment(with("REDIS_URL", "redis://bot:hunter2@127.0.0.1:63a9")));
        ServeSettings settings = ServeSettings.fromEnvironment(with("REDIS_URL", "redis://bot:hunter2@127.0.0.1:6380/2"));

        assertFalse(refused.getMessage().contains("hunter2"), refused.getMessage());
        assertFalse(settings.toString().contains("hunter2"), settings.toString());
        assertEquals("redis://(credentials)@127.0.0.1:6380/2", settings.redis().orElseThrow().toString());
    }

    private static Map<String, String> with(String name, String value) {
        Map<String, String> env = env();
        env.put(name, value);
        return env;
    }

    private static Map<String, String> without(String name) {
        Map<String, String> env = env();
        env.remove(name);
        return env;
    }

    private static void assertMessage(String start, Map<String, String> env) {
        SettingsException e = assertThrows(SettingsException.class, () -> ServeSettings.fromEnvironment(env));
        assertTrue(e.getMessage().startsWith(start), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
