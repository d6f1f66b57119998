package org.skillsguide.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import org.skillsguide.config.ServeSettings;
import org.skillsguide.http.SkillsGuideServer;

/** Starts the real server on a free port against a {@link FakeSlackApi}, with the repository's index-data. */
public final class TestServers {

    public static final String SIGNING_SECRET = "test-signing-secret-0123456789";
    static final String BOT_TOKEN = "xoxb-test-bot-token";
    /** The server and the sender share this clock: signatures are "now" without reading the wall clock. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);

    private TestServers() {}

    public static Map<String, String> environment(FakeSlackApi fake) {
        Map<String, String> env = new HashMap<>();
        env.put(ServeSettings.PORT, "0");
        env.put(ServeSettings.SLACK_BOT_TOKEN, BOT_TOKEN);
        env.put(ServeSettings.SLACK_SIGNING_SECRET, SIGNING_SECRET);
        env.put(ServeSettings.SLACK_API_URL, fake.apiUrl());
        env.put(ServeSettings.SKILLS_GUIDE_DATA, "index-data");
        return env;
    }

    public static SkillsGuideServer start(Map<String, String> env, ExecutorService work) {
        return SkillsGuideServer.start(ServeSettings.fromEnvironment(env), work, CLOCK);
    }

    /** With the Slack calls' timeouts and retries shortened, e.g. {@link #QUICK_RETRIES}. */
    public static SkillsGuideServer start(Map<String, String> env, ExecutorService work, SlackCallPolicy slackCalls) {
        return SkillsGuideServer.start(ServeSettings.fromEnvironment(env), work, CLOCK, slackCalls);
    }

    /** The default's shape (three tries, Retry-After honoured) on a test's time scale. */
    public static final SlackCallPolicy QUICK_RETRIES = new SlackCallPolicy(3, Duration.ofMillis(100), Duration.ofMillis(400),
            Duration.ofSeconds(5), Duration.ofMillis(500), Duration.ofSeconds(1), 100);
}
