package org.skillsguide.slack;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.bolt.middleware.Middleware;
import com.slack.api.bolt.middleware.MiddlewareChain;
import com.slack.api.bolt.request.Request;
import com.slack.api.bolt.request.RequestType;
import com.slack.api.bolt.request.builtin.EventRequest;
import com.slack.api.bolt.response.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Events API delivery rules, as Bolt middleware after request verification: a retried event is
 * acknowledged without being handled again, and an event no listener wants (a bot's message, an
 * edit) is acknowledged with 200 — Slack counts any other status as a failed delivery and disables
 * subscriptions that fail too often.
 */
final class EventDeliveries implements Middleware {

    private static final Logger LOG = LoggerFactory.getLogger(EventDeliveries.class);

    private final EventDeduplicator deduplicator;

    EventDeliveries(EventDeduplicator deduplicator) {
        this.deduplicator = deduplicator;
    }

    @Override
    public Response apply(Request req, Response resp, MiddlewareChain chain) throws Exception {
        if (req.getRequestType() != RequestType.Event) {
            return chain.next(req);
        }
        String eventId = eventId(req.getRequestBodyAsString());
        if (eventId != null && !deduplicator.firstDelivery(eventId)) {
            LOG.info("event {} already taken; acknowledging the redelivery (retry {}) without handling it",
                    eventId, req.getHeaders().getFirstValue("X-Slack-Retry-Num"));
            return Response.ok();
        }
        Response response = chain.next(req);
        if (response.getStatusCode() != null && response.getStatusCode() == 404) {
            LOG.debug("no listener for event {}; acknowledged", ((EventRequest) req).getEventTypeAndSubtype());
            return Response.ok();
        }
        return response;
    }

    private static String eventId(String body) {
        try {
            JsonObject json = JsonParser.parseString(body).getAsJsonObject();
            return json.has("event_id") && json.get("event_id").isJsonPrimitive() ? json.get("event_id").getAsString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
