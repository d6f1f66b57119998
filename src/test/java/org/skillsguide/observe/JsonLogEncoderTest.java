package org.skillsguide.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonLogEncoderTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void writesOneParsableJsonLineWithLevelLoggerAndMessage() throws Exception {
        JsonLogEncoder encoder = new JsonLogEncoder();
        LoggerContext context = freshContext();
        Logger logger = context.getLogger("org.skillsguide.slack.Questions");
        LoggingEvent event = new LoggingEvent(Logger.class.getName(), logger, Level.WARN,
                "answered {} kind={}\nsecond \"line\"", new IllegalStateException("boom"), new Object[] {"command", "no_match"});

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertTrue(line.endsWith("\n") && line.indexOf('\n') == line.length() - 1, "one line: " + line);
        JsonNode json = JSON.readTree(line);
        assertEquals("WARN", json.get("level").asText());
        assertEquals("org.skillsguide.slack.Questions", json.get("logger").asText());
        assertEquals("answered command kind=no_match\nsecond \"line\"", json.get("message").asText());
        assertTrue(json.get("error").asText().contains("IllegalStateException: boom"), line);
        assertTrue(json.has("time") && json.has("thread"), line);
    }

    @Test
    void logbackXmlWritesJsonWhenLogFormatIsJson() throws Exception {
        String logged = logThroughLogbackXml("json");

        JsonNode json = JSON.readTree(logged);
        assertEquals("INFO", json.get("level").asText());
        assertEquals("org.skillsguide.Example", json.get("logger").asText());
        assertEquals("answered command kind=skills latency_ms=3", json.get("message").asText());
    }

    @Test
    void logbackXmlWritesTextByDefault() throws Exception {
        String logged = logThroughLogbackXml(null);

        assertTrue(logged.contains("INFO  o.s.Example - answered command kind=skills latency_ms=3"), logged);
    }

    /** A Logback apart from the one the tests log through, so configuring it changes nothing else. */
    private static LoggerContext freshContext() {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        return context;
    }

    /** Configures a fresh Logback from the shipped logback.xml, logs one line and returns what reached stderr. */
    private static String logThroughLogbackXml(String logFormat) throws Exception {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = freshContext();
        try {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            if (logFormat != null) {
                context.putProperty("LOG_FORMAT", logFormat);
            }
            JoranConfigurator configurator = new JoranConfigurator();
            configurator.setContext(context);
            configurator.doConfigure(JsonLogEncoderTest.class.getResource("/logback.xml"));
            context.getLogger("org.skillsguide.Example").info("answered {} kind={} latency_ms={}", "command", "skills", 3);
        } finally {
            context.stop();
            System.setErr(stderr);
        }
        return captured.toString(StandardCharsets.UTF_8).strip();
    }
}
