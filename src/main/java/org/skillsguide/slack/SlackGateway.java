package org.skillsguide.slack;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.view.View;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import org.skillsguide.answer.render.SlackMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack Web API calls and response_url posts the bot makes, with the bot token. Each returns
 * what Slack said; a failure is logged here once (method and Slack's error, never the token).
 */
public final class SlackGateway {

    private static final Logger LOG = LoggerFactory.getLogger(SlackGateway.class);

    private final Slack slack;
    private final MethodsClient methods;

    public SlackGateway(Slack slack, String botToken) {
        this.slack = slack;
        this.methods = slack.methods(botToken);
    }

    /** What Slack answered: ok, or the error code ("not_in_channel", "http_500", "io_error"). */
    public record Outcome(boolean ok, String error) {
        static final Outcome OK = new Outcome(true, "");
    }

    /** Posts a card in a conversation, in a thread when {@code threadTs} is given. */
    public Outcome postMessage(String channel, String threadTs, SlackMessage message) {
        return call("chat.postMessage", () -> methods.chatPostMessage(r -> r
                .channel(channel)
                .threadTs(threadTs)
                .text(message.text())
                .blocks(message.blocks())));
    }

    public Outcome postEphemeral(String channel, String user, String text) {
        return call("chat.postEphemeral", () -> methods.chatPostEphemeral(r -> r.channel(channel).user(user).text(text)));
    }

    /** A plain message, e.g. to a user's DM with the bot (channel = the user's ID). */
    public Outcome postText(String channel, String text) {
        return call("chat.postMessage", () -> methods.chatPostMessage(r -> r.channel(channel).text(text)));
    }

    public Outcome publishHome(String user, View view) {
        return call("views.publish", () -> methods.viewsPublish(r -> r.userId(user).view(view)));
    }

    public Outcome openModal(String triggerId, View view) {
        return call("views.open", () -> methods.viewsOpen(r -> r.triggerId(triggerId).view(view)));
    }

    /**
     * Posts to a response_url (Slack: up to 5 uses within 30 minutes).
     *
     * @param extra fields beside the message, e.g. {@code replace_original}
     */
    public Outcome respond(String responseUrl, SlackMessage message, JsonObject extra) {
        JsonObject body = message.toJson();
        extra.entrySet().forEach(e -> body.add(e.getKey(), e.getValue()));
        try {
            WebhookResponse response = slack.send(responseUrl, body.toString());
            if (response.getCode() / 100 == 2) {
                return Outcome.OK;
            }
            LOG.warn("response_url post failed: HTTP {} {}", response.getCode(), response.getBody());
            return new Outcome(false, "http_" + response.getCode());
        } catch (IOException e) {
            LOG.warn("response_url post failed: {}", e.toString());
            return new Outcome(false, "io_error");
        }
    }

    private interface ApiCall {
        SlackApiTextResponse call() throws IOException, SlackApiException;
    }

    private static Outcome call(String method, ApiCall call) {
        try {
            SlackApiTextResponse response = call.call();
            if (response.isOk()) {
                return Outcome.OK;
            }
            LOG.warn("{} failed: {}", method, response.getError());
            return new Outcome(false, response.getError() == null ? "unknown_error" : response.getError());
        } catch (SlackApiException e) {
            // HTTP 429 and 5xx arrive here; Retry-After is Slack's to decide, we do not retry a user's click.
            LOG.warn("{} failed: HTTP {}", method, e.getResponse().code());
            return new Outcome(false, "http_" + e.getResponse().code());
        } catch (IOException e) {
            LOG.warn("{} failed: {}", method, e.toString());
            return new Outcome(false, "io_error");
        }
    }
}
