package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The manifests an admin installs from must declare exactly what the registrars listen to. */
class ManifestTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String EVENTS_URL = "https://YOUR-HOST/slack/events";

    @ParameterizedTest
    @ValueSource(strings = {"manifest-http.yml", "manifest-socket-mode.yml"})
    void declaresTheRegisteredCommands(String file) throws IOException {
        JsonNode manifest = read(file);

        List<String> commands = new ArrayList<>();
        manifest.at("/features/slash_commands").forEach(c -> {
            commands.add(c.get("command").asText());
            assertFalse(c.path("usage_hint").asText().isBlank(), "usage hint for " + c.get("command"));
        });

        assertEquals(new TreeSet<>(CommandRegistrar.COMMANDS), new TreeSet<>(commands));
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest-http.yml", "manifest-socket-mode.yml"})
    void subscribesToTheRegisteredEvents(String file) throws IOException {
        JsonNode manifest = read(file);
        Set<String> events = new TreeSet<>();
        manifest.at("/settings/event_subscriptions/bot_events").forEach(e -> events.add(e.asText()));

        // The registrar's listeners are built but never called here.
        assertEquals(new TreeSet<>(new EventRegistrar(null, null, null).events()), events);
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest-http.yml", "manifest-socket-mode.yml"})
    void asksForTheScopesTheBotUsesAndOpensTheHomeTab(String file) throws IOException {
        JsonNode manifest = read(file);
        Set<String> scopes = new TreeSet<>();
        manifest.at("/oauth_config/scopes/bot").forEach(s -> scopes.add(s.asText()));

        assertEquals(Set.of("commands", "chat:write", "chat:write.public", "app_mentions:read", "im:history"), scopes);
        assertTrue(manifest.at("/features/app_home/home_tab_enabled").asBoolean());
        assertTrue(manifest.at("/features/app_home/messages_tab_enabled").asBoolean());
        assertTrue(manifest.at("/settings/interactivity/is_enabled").asBoolean());
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest-http.yml"})
    void sendsEverythingToTheOneRequestUrlOverHttp(String file) throws IOException {
        JsonNode manifest = read(file);

        assertFalse(manifest.at("/settings/socket_mode_enabled").asBoolean());
        assertEquals(EVENTS_URL, manifest.at("/settings/event_subscriptions/request_url").asText());
        assertEquals(EVENTS_URL, manifest.at("/settings/interactivity/request_url").asText());
        assertEquals(EVENTS_URL, manifest.at("/settings/interactivity/message_menu_options_url").asText());
        manifest.at("/features/slash_commands").forEach(c -> assertEquals(EVENTS_URL, c.get("url").asText()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"manifest-socket-mode.yml"})
    void hasNoUrlsInSocketMode(String file) throws IOException {
        JsonNode manifest = read(file);

        assertTrue(manifest.at("/settings/socket_mode_enabled").asBoolean());
        assertFalse(YAML.writeValueAsString(manifest).contains("url"), "no request URL in a Socket Mode manifest");
    }

    private static JsonNode read(String file) throws IOException {
        return YAML.readTree(Path.of("manifest", file).toFile());
    }
}
