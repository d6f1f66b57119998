package org.skillsguide.bench;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Slack request signing: {@code v0=} + hex HMAC-SHA256 of {@code v0:{timestamp}:{body}}. */
public final class SlackSigning {

    private SlackSigning() {}

    public static String signature(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("v0:" + timestamp + ":" + body).getBytes(StandardCharsets.UTF_8));
            StringBuilder hex = new StringBuilder("v0=");
            for (byte b : digest) {
                hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
            }
            return hex.toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A slash command body as Slack sends it (form-encoded), its response_url pointing at {@code responseBase}. */
    public static String slashCommandBody(String command, String text, String responseBase) {
        return "token=benchtoken&team_id=T0BENCH&team_domain=bench&channel_id=C0BENCH&channel_name=bench"
                + "&user_id=U0BENCH&user_name=bench&command=" + enc(command) + "&text=" + enc(text)
                + "&api_app_id=A0BENCH&is_enterprise_install=false"
                + "&response_url=" + enc(responseBase + "commands/T0BENCH/1/bench")
                + "&trigger_id=1.1.bench";
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Signs a slash command now, for wrk (bench/http.sh): args are secret, command, text, response
     * base URL; prints three lines: the timestamp, the signature and the form body.
     */
    public static void main(String[] args) {
        long now = System.currentTimeMillis() / 1000;
        String body = slashCommandBody(args[1], args[2], args[3]);
        System.out.println(now);
        System.out.println(signature(args[0], now, body));
        System.out.println(body);
    }
}
