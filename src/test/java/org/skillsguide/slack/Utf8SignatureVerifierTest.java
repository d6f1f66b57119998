package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestHeaders;
import com.slack.api.bolt.util.SlackRequestParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The verifier Bolt's RequestVerification middleware runs, on the path our adapter uses. */
class Utf8SignatureVerifierTest {

    // Slack's documented example (GUIDE.md §5).
    private static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    private static final String TIMESTAMP = "1531420618";
    private static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";
    private static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow"
            + "&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner"
            + "&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J"
            + "%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

    private static Clock at(long epochSecond) {
        return Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
    }

    @Test
    void verifiesSlacksDocumentedExampleThroughBoltsRequest() {
        Utf8SignatureVerifier verifier = new Utf8SignatureVerifier(SECRET, at(Long.parseLong(TIMESTAMP) + 10));
        Request<?> request = new SlackRequestParser(AppConfig.builder().build()).parse(SlackRequestParser.HttpRequest.builder()
                .requestUri("/slack/events")
                .headers(new RequestHeaders(Map.of(
                        "X-Slack-Request-Timestamp", List.of(TIMESTAMP),
                        "X-Slack-Signature", List.of(SIGNATURE))))
                .requestBody(BODY)
                .build());

        assertTrue(request.isValid(verifier));
    }

    @Test
    void signsSlacksDocumentedExample() {
        Utf8SignatureVerifier verifier = new Utf8SignatureVerifier(SECRET, at(Long.parseLong(TIMESTAMP)));

        assertEquals(SIGNATURE, verifier.sign(TIMESTAMP, BODY.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void rejectsStaleSignature() {
        Utf8SignatureVerifier verifier = new Utf8SignatureVerifier(SECRET, at(Long.parseLong(TIMESTAMP) + 301));

        assertFalse(verifier.isValid(TIMESTAMP, BODY, SIGNATURE));
    }

    @Test
    void rejectsTamperedBody() {
        Utf8SignatureVerifier verifier = new Utf8SignatureVerifier(SECRET, at(Long.parseLong(TIMESTAMP)));

        assertFalse(verifier.isValid(TIMESTAMP, BODY.replace("roadrunner", "coyote"), SIGNATURE));
    }

    @Test
    void rejectsMissingOrMalformedHeaders() {
        Utf8SignatureVerifier verifier = new Utf8SignatureVerifier(SECRET, at(Long.parseLong(TIMESTAMP)));

        assertFalse(verifier.isValid(null, BODY, SIGNATURE));
        assertFalse(verifier.isValid(TIMESTAMP, BODY, null));
        assertFalse(verifier.isValid("yesterday", BODY, SIGNATURE));
    }

    @Test
    void verifiesNonAsciiBodiesOverTheirUtf8Bytes() {
        String body = "{\"text\":\"Crème brûlée’s 🎉\"}";
        Utf8SignatureVerifier verifier = new Utf8SignatureVerifier(SECRET, at(Long.parseLong(TIMESTAMP)));
        String signature = verifier.sign(TIMESTAMP, body.getBytes(StandardCharsets.UTF_8));

        assertTrue(verifier.isValid(TIMESTAMP, body, signature));
        // What Bolt's own generator would sign under a US-ASCII platform charset differs, hence this class.
        assertFalse(signature.equals(verifier.sign(TIMESTAMP, body.getBytes(StandardCharsets.US_ASCII))));
    }
}
