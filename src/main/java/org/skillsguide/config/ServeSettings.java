package org.skillsguide.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything {@code serve} needs, typed and validated. {@link #fromEnvironment} is the one place the
 * environment is read; the rest of the server takes this record.
 *
 * @param port the HTTP port; 0 picks a free one (tests)
 * @param botToken the bot token ({@code xoxb-}), used for every Web API call
 * @param signingSecret verifies requests to {@code /slack/events}; absent when only Socket Mode is used
 * @param appToken the app-level token ({@code xapp-}); when present, Slack is reached through Socket Mode
 * @param apiUrl the Slack Web API base, ending in "/"
 * @param dataDirectory the index-data directory
 * @param admins the Slack user IDs allowed to run {@code /skills-admin}; empty: nobody
 * @param logFormat how log lines are written; Logback reads {@value #LOG_FORMAT} itself (it configures
 *     before any code runs), so here it is only checked, so that a typo stops the bot with a clear line
 * @param redis where retried Events API deliveries are remembered across instances; absent: in this process only
 */
public record ServeSettings(
        int port,
        Secret botToken,
        Optional<Secret> signingSecret,
        Optional<Secret> appToken,
        URI apiUrl,
        Path dataDirectory,
        Set<String> admins,
        LogFormat logFormat,
        Optional<RedisUrl> redis) {

    public static final String PORT = "PORT";
    public static final String SLACK_BOT_TOKEN = "SLACK_BOT_TOKEN";
    public static final String SLACK_SIGNING_SECRET = "SLACK_SIGNING_SECRET";
    public static final String SLACK_APP_TOKEN = "SLACK_APP_TOKEN";
    public static final String SLACK_API_URL = "SLACK_API_URL";
    public static final String SKILLS_GUIDE_DATA = "SKILLS_GUIDE_DATA";
    public static final String SKILLS_GUIDE_ADMINS = "SKILLS_GUIDE_ADMINS";
    public static final String LOG_FORMAT = "LOG_FORMAT";
    public static final String REDIS_URL = "REDIS_URL";

    public static final int DEFAULT_PORT = 8080;
    public static final String DEFAULT_API_URL = "https://slack.com/api/";
    public static final String DEFAULT_DATA = "index-data";

    public ServeSettings {
        admins = Set.copyOf(admins);
    }

    /** The log formats logback.xml offers, by the value {@value #LOG_FORMAT} takes. */
    public enum LogFormat {
        TEXT,
        JSON
    }

    /** Socket Mode is used when an app-level token is given. */
    public boolean socketMode() {
        return appToken.isPresent();
    }

    /** Reads and checks the settings; throws {@link SettingsException} naming the first bad variable. */
    public static ServeSettings fromEnvironment(Map<String, String> env) {
        int port = port(value(env, PORT).orElse(String.valueOf(DEFAULT_PORT)));
        Secret botToken = token(env, SLACK_BOT_TOKEN, "xoxb-")
                .orElseThrow(() -> new SettingsException(SLACK_BOT_TOKEN
                        + " is not set: give the Bot User OAuth Token (xoxb-…) from OAuth & Permissions"));
        Optional<Secret> appToken = token(env, SLACK_APP_TOKEN, "xapp-");
        Optional<Secret> signingSecret = value(env, SLACK_SIGNING_SECRET).map(v -> secret(SLACK_SIGNING_SECRET, v));
        if (signingSecret.isEmpty() && appToken.isEmpty()) {
            throw new SettingsException(SLACK_SIGNING_SECRET + " is not set: give the Signing Secret from Basic"
                    + " Information, or set " + SLACK_APP_TOKEN + " to use Socket Mode");
        }
        URI apiUrl = apiUrl(value(env, SLACK_API_URL).orElse(DEFAULT_API_URL));
        Path data = Path.of(value(env, SKILLS_GUIDE_DATA).orElse(DEFAULT_DATA));
        if (!Files.isDirectory(data)) {
            throw new SettingsException(SKILLS_GUIDE_DATA + " is not a directory: " + data.toAbsolutePath());
        }
        Set<String> admins = admins(value(env, SKILLS_GUIDE_ADMINS).orElse(""));
        LogFormat logFormat = logFormat(value(env, LOG_FORMAT).orElse("text"));
        Optional<RedisUrl> redis = value(env, REDIS_URL).map(RedisUrl::parse);
        return new ServeSettings(port, botToken, signingSecret, appToken, apiUrl, data, admins, logFormat, redis);
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new SettingsException(PORT + " must be a port number from 0 to 65535, not \"" + text + "\"");
    }

    /** Slack user IDs, comma-separated: U or W and capitals or digits (a name or an email would never match). */
    private static Set<String> admins(String text) {
        Set<String> admins = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            String id = part.strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!id.matches("[UW][A-Z0-9]{2,}")) {
                throw new SettingsException(SKILLS_GUIDE_ADMINS + " must be Slack user IDs separated by commas,"
                        + " such as U024BE7LH (Profile → ⋮ → Copy member ID), not \"" + id + "\"");
            }
            admins.add(id);
        }
        return admins;
    }

    private static LogFormat logFormat(String text) {
        try {
            return LogFormat.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new SettingsException(LOG_FORMAT + " must be \"text\" or \"json\", not \"" + text + "\"");
        }
    }

    private static Optional<Secret> token(Map<String, String> env, String name, String prefix) {
        Optional<Secret> token = value(env, name).map(v -> secret(name, v));
        // The value is never echoed: saying which prefix was expected is enough to fix it.
        token.filter(t -> !t.value().startsWith(prefix)).ifPresent(t -> {
            throw new SettingsException(name + " must start with \"" + prefix + "\"");
        });
        return token;
    }

    private static Secret secret(String name, String value) {
        if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new SettingsException(name + " contains spaces or control characters");
        }
        return new Secret(value);
    }

    private static URI apiUrl(String text) {
        try {
            URI uri = new URI(text.endsWith("/") ? text : text + "/");
            if (uri.getHost() != null && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new SettingsException(SLACK_API_URL + " must be an http(s) URL such as " + DEFAULT_API_URL
                + ", not \"" + text + "\"");
    }

    @Override
    public String toString() {
        return "ServeSettings[port=" + port + ", socketMode=" + socketMode() + ", apiUrl=" + apiUrl
                + ", dataDirectory=" + dataDirectory + ", admins=" + admins.size() + ", logFormat=" + logFormat + redis.map(r -> ", redis=" + r).orElse("") + "]";
    }

    /**
     * A Redis address, {@code redis://[user:password@]host[:port][/db]} ({@code rediss://} for TLS). Its
     * {@link #toString} leaves the password out, so it can be logged.
     */
    public record RedisUrl(URI uri) {

        private static final String FORM = "redis://[user:password@]host[:port][/db], e.g. redis://127.0.0.1:6379";

        /** Checks {@code text}; the message never repeats it, since it may hold a password. */
        static RedisUrl parse(String text) {
            URI uri;
            try {
                uri = new URI(text);
            } catch (URISyntaxException e) {
                throw new SettingsException(REDIS_URL + " is not a URL: give " + FORM);
            }
            if (!"redis".equals(uri.getScheme()) && !"rediss".equals(uri.getScheme())) {
                throw new SettingsException(REDIS_URL + " must start with redis:// or rediss://: give " + FORM);
            }
            // A port that is not a number makes URI fall back to a registry authority with no host.
            if (uri.getHost() == null || uri.getPort() > 65_535) {
                throw new SettingsException(REDIS_URL + " needs a host and, if given, a port number: give " + FORM);
            }
            String path = uri.getPath() == null ? "" : uri.getPath();
            if (!path.isEmpty() && !path.equals("/") && !path.matches("/\\d{1,5}")) {
                throw new SettingsException(REDIS_URL + " may end only in a database number such as /0: give " + FORM);
            }
            if (uri.getQuery() != null || uri.getFragment() != null) {
                throw new SettingsException(REDIS_URL + " takes no ?query or #fragment: give " + FORM);
            }
            return new RedisUrl(uri);
        }

        @Override
        public String toString() {
            String auth = uri.getUserInfo() == null ? "" : "(credentials)@";
            return uri.getScheme() + "://" + auth + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getPath() == null ? "" : uri.getPath());
        }
    }

    /** A token or secret; its {@link #toString} never shows the value, so it cannot leak into a log line. */
    public record Secret(String value) {
        @Override
        public String toString() {
            return "(secret)";
        }
    }
}
