package org.skillsguide.slack;

import com.slack.api.app_backend.SlackSignature;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Bolt's signature verifier, made independent of the platform charset and of the wall clock.
 *
 * <p>Bolt's {@code SlackSignature.Generator} turns {@code v0:timestamp:body} into bytes with the
 * platform charset: on a JVM started without {@code -Dfile.encoding=UTF-8} under a non-UTF-8 locale,
 * any non-ASCII body ("é", "’", an emoji in a JSON event) fails to verify. Our adapter decodes the raw
 * body as strict UTF-8, so encoding the string as UTF-8 here gives back exactly the bytes Slack
 * signed. The timestamp check reads an injected clock and also refuses timestamps far in the future.
 * The comparison takes constant time.
 */
public final class Utf8SignatureVerifier extends SlackSignature.Verifier {

    /** Slack: reject requests whose timestamp is more than five minutes away from now. */
    static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final byte[] key;
    private final Clock clock;

    public Utf8SignatureVerifier(String signingSecret, Clock clock) {
        super(new SlackSignature.Generator(signingSecret));
        this.key = signingSecret.getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    /** Bolt passes its own {@code System.currentTimeMillis()}; the injected clock decides instead. */
    @Override
    public boolean isValid(String timestamp, String body, String signature, long ignoredNowMillis) {
        return isValid(timestamp, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8), signature);
    }

    @Override
    public boolean isValid(String timestamp, String body, String signature) {
        return isValid(timestamp, body, signature, 0L);
    }

    /** Checks {@code signature} over the raw body bytes. */
    public boolean isValid(String timestamp, byte[] body, String signature) {
        if (timestamp == null || signature == null || !fresh(timestamp)) {
            return false;
        }
        byte[] expected = sign(timestamp, body).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code v0=} + hex HMAC-SHA256 of {@code v0:timestamp:} followed by the body bytes. */
    public String sign(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance(SlackSignature.ALGORITHM);
            mac.init(new SecretKeySpec(key, SlackSignature.ALGORITHM));
            mac.update(("v0:" + timestamp + ":").getBytes(StandardCharsets.UTF_8));
            return "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available in this JVM", e);
        }
    }

    private boolean fresh(String timestamp) {
        try {
            long seconds = Long.parseLong(timestamp.strip());
            long age = clock.instant().getEpochSecond() - seconds;
            return Math.abs(age) <= MAX_AGE.toSeconds();
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
