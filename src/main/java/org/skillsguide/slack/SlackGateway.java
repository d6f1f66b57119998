package org.skillsguide.slack;

import com.google.gson.JsonObject;
import com.slack.api.Slack;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.model.view.View;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.skillsguide.answer.render.SlackMessage;
import org.skillsguide.slack.SlackRetries.Attempt;

/**
 * The Slack Web API calls and response_url posts the bot makes, with the bot token. Each is tried
 * again when Slack is rate limiting or failing for the moment ({@link SlackRetries}); the future
 * completes with what Slack said in the end. A call that fails for good is logged once (method and
 * Slack's error, never the token or a response_url), and the person it was for is told when the
 * caller names them in a {@link Notice}.
 *
 * <p>Slack's Java client makes one HTTP request per call: it neither retries nor waits on 429 (its
 * rate limiter serves only the async client), so retrying here does not multiply with retries there.
 */
public final class SlackGateway {

    /** Error codes with which Slack says "not now" rather than "no" (Web API docs, "Errors" of each method). */
    private static final Set<String> PASSING_ERRORS =
            Set.of("ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout");

    private final Slack slack;
    private final MethodsClient methods;
    private final SlackRetries retries;
    private final BiConsumer<String, String> calls;

    SlackGateway(Slack slack, String botToken, SlackRetries retries) {
        this(slack, botToken, retries, (method, outcome) -> { });
    }

    /** @param calls told of every try: the method, and "ok" or Slack's error code (for metrics) */
    SlackGateway(Slack slack, String botToken, SlackRetries retries, BiConsumer<String, String> calls) {
        this.slack = slack;
        this.methods = slack.methods(botToken);
        this.retries = retries;
        this.calls = calls;
    }

    /** Runs a call through the retries, telling {@link #calls} how each try went. */
    private CompletableFuture<Outcome> tried(String method, Supplier<Attempt> call) {
        return retries.run(method, () -> {
            Attempt attempt = call.get();
            calls.accept(method, attempt.outcome().ok() ? "ok" : attempt.outcome().error());
            return attempt;
        });
    }

    /** What Slack answered: ok, or the error code ("not_in_channel", "ratelimited", "http_500", "timeout"). */
    public record Outcome(boolean ok, String error) {
        static final Outcome OK = new Outcome(true, "");
    }

    /** Who to tell, privately, when a call fails for good. A notice is never itself followed by a notice. */
    public sealed interface Notice {

        /** Nobody: the caller handles failure itself, or there is no conversation to tell anyone in. */
        record Nobody() implements Notice {}

        /** {@code user}, with a message only they see in {@code channel}. */
        record Ephemeral(String channel, String user) implements Notice {}

        /** Whoever clicked, through the interaction's response_url. */
        record ResponseUrl(String url) implements Notice {}

        static Notice nobody() {
            return new Nobody();
        }

        static Notice ephemeral(String channel, String user) {
            return channel == null || user == null ? new Nobody() : new Ephemeral(channel, user);
        }

        static Notice responseUrl(String url) {
            return new ResponseUrl(url);
        }
    }

    /** The words of a notice: what could not be done and Slack's reason. */
    static String noticeText(String doing, String error) {
        return "I couldn't " + doing + ": Slack said " + error + ". Please try again in a minute.";
    }

    /** Posts a card in a conversation, in a thread when {@code threadTs} is given. */
    public CompletableFuture<Outcome> postMessage(String channel, String threadTs, SlackMessage message, Notice notice) {
        return call("chat.postMessage", () -> methods.chatPostMessage(r -> r
                        .channel(channel)
                        .threadTs(threadTs)
                        .text(message.text())
                        .blocks(message.blocks())))
                .thenCompose(outcome -> told(outcome, notice, "post that card"));
    }

    public CompletableFuture<Outcome> postMessage(String channel, String threadTs, SlackMessage message) {
        return postMessage(channel, threadTs, message, Notice.nobody());
    }

    public CompletableFuture<Outcome> postEphemeral(String channel, String user, String text) {
        return call("chat.postEphemeral", () -> methods.chatPostEphemeral(r -> r.channel(channel).user(user).text(text)));
    }

    /** A plain message, e.g. to a user's DM with the bot (channel = the user's ID). */
    public CompletableFuture<Outcome> postText(String channel, String text) {
        return call("chat.postMessage", () -> methods.chatPostMessage(r -> r.channel(channel).text(text)));
    }

    /** The Home tab is no conversation: a failure there is logged only, and the tab keeps what it showed. */
    public CompletableFuture<Outcome> publishHome(String user, View view) {
        return call("views.publish", () -> methods.viewsPublish(r -> r.userId(user).view(view)));
    }

    /** Opens a modal; the trigger_id expires within seconds, so only a short Retry-After can help. */
    public CompletableFuture<Outcome> openModal(String triggerId, View view, Notice notice) {
        return call("views.open", () -> methods.viewsOpen(r -> r.triggerId(triggerId).view(view)))
                .thenCompose(outcome -> told(outcome, notice, "open the share dialog"));
    }

    /**
     * Posts to a response_url (Slack: up to 5 uses within 30 minutes).
     *
     * @param extra fields beside the message, e.g. {@code replace_original}
     */
    public CompletableFuture<Outcome> respond(String responseUrl, SlackMessage message, JsonObject extra, Notice notice) {
        JsonObject body = message.toJson();
        extra.entrySet().forEach(e -> body.add(e.getKey(), e.getValue()));
        return respond(responseUrl, body.toString()).thenCompose(outcome -> told(outcome, notice, "post that card"));
    }

    private CompletableFuture<Outcome> respond(String responseUrl, String body) {
        // The URL is a credential for the conversation: only "response_url" ever reaches a log line.
        return tried("response_url post", () -> {
            try {
                WebhookResponse response = slack.send(responseUrl, body);
                int code = response.getCode();
                if (code / 100 == 2) {
                    return Attempt.ok();
                }
                String error = "http_" + code;
                return code == 429 || code / 100 == 5
                        ? Attempt.failedForNow(error, retryAfter(response.getHeaders()))
                        : Attempt.refused(error);
            } catch (IOException e) {
                return Attempt.failedForNow(ioError(e), Optional.empty());
            }
        });
    }

    /** Tells {@code notice} why a call failed for good; the notice's own failure is only logged. */
    private CompletableFuture<Outcome> told(Outcome outcome, Notice notice, String doing) {
        if (outcome.ok()) {
            return CompletableFuture.completedFuture(outcome);
        }
        String text = noticeText(doing, outcome.error());
        CompletableFuture<Outcome> sent;
        if (notice instanceof Notice.Ephemeral to) {
            sent = postEphemeral(to.channel(), to.user(), text);
        } else if (notice instanceof Notice.ResponseUrl to) {
            JsonObject body = new JsonObject();
            body.addProperty("response_type", "ephemeral");
            body.addProperty("replace_original", false);
            body.addProperty("text", text);
            sent = respond(to.url(), body.toString());
        } else {
            sent = CompletableFuture.completedFuture(Outcome.OK);
        }
        // The caller learns what happened to its call, whatever became of the notice.
        return sent.thenApply(ignored -> outcome);
    }

    private interface ApiCall {
        SlackApiTextResponse call() throws IOException, SlackApiException;
    }

    private CompletableFuture<Outcome> call(String method, ApiCall call) {
        return tried(method, () -> {
            try {
                SlackApiTextResponse response = call.call();
                if (response.isOk()) {
                    return Attempt.ok();
                }
                String error = response.getError() == null ? "unknown_error" : response.getError();
                return PASSING_ERRORS.contains(error)
                        ? Attempt.failedForNow(error, retryAfter(response.getHttpResponseHeaders()))
                        : Attempt.refused(error);
            } catch (SlackApiException e) {
                // The client throws for any HTTP status but 2xx: 429 with Retry-After, 5xx, 4xx.
                int code = e.getResponse().code();
                String error = code == 429 ? "ratelimited" : "http_" + code;
                return code == 429 || code / 100 == 5
                        ? Attempt.failedForNow(error, seconds(e.getResponse().header("Retry-After")))
                        : Attempt.refused(error);
            } catch (IOException e) {
                return Attempt.failedForNow(ioError(e), Optional.empty());
            }
        });
    }

    /** A short code for a network failure (the exception's message may hold a URL). */
    private static String ioError(IOException e) {
        if (e instanceof ConnectException) {
            return "connection_refused";
        }
        if (e instanceof InterruptedIOException) {
            // OkHttp's read, write and whole-call timeouts all arrive as this.
            return "timeout";
        }
        return "io_error";
    }

    private static Optional<Duration> retryAfter(Map<String, List<String>> headers) {
        if (headers == null) {
            return Optional.empty();
        }
        return headers.entrySet().stream()
                .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase("Retry-After") && !e.getValue().isEmpty())
                .findFirst()
                .flatMap(e -> seconds(e.getValue().get(0)));
    }

    /** Slack gives Retry-After in whole seconds. */
    private static Optional<Duration> seconds(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            long seconds = Long.parseLong(value.strip());
            return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
