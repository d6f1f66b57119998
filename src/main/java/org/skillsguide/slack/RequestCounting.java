package org.skillsguide.slack;

import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.response.Response;
import org.skillsguide.observe.BotMetrics;
import org.skillsguide.observe.RequestKind;

/**
 * Counts each Slack request by kind. As Bolt middleware it sees HTTP requests and Socket Mode
 * envelopes alike, and only those whose signature Bolt has accepted.
 */
final class RequestCounting implements Middleware {

    private final BotMetrics metrics;

    RequestCounting(BotMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        metrics.request(kind(req.getRequestType()));
        return chain.next(req);
    }

    static RequestKind kind(RequestType type) {
        if (type == null) {
            return RequestKind.OTHER;
        }
        return switch (type) {
            case Command -> RequestKind.COMMAND;
            case Event -> RequestKind.EVENT;
            case BlockSuggestion, DialogSuggestion -> RequestKind.OPTIONS;
            case BlockAction, AttachmentAction, ViewSubmission, ViewClosed, DialogSubmission, DialogCancellation,
                    GlobalShortcut, MessageShortcut -> RequestKind.ACTION;
            default -> RequestKind.OTHER;
        };
    }
}
