package org.skillsguide.slack.listener;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.Event;

/** An event a subscription brings that the bot has nothing to do with: acknowledged, so Slack does not retry it. */
public final class IgnoredEventListener<E extends Event> implements BoltEventHandler<E> {

    @Override
    public Response apply(EventsApiPayload<E> payload, EventContext ctx) {
        return ctx.ack();
    }
}
