package org.skillsguide.slack.listener;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppHomeOpenedEvent;
import org.skillsguide.slack.HomeTab;
import org.skillsguide.slack.SlackWork;

/** {@code app_home_opened}: publishes the Home tab (the event also fires for the Messages tab: ignored). */
public final class HomeOpenedListener implements BoltEventHandler<AppHomeOpenedEvent> {

    private final HomeTab home;
    private final SlackWork work;

    public HomeOpenedListener(HomeTab home, SlackWork work) {
        this.home = home;
        this.work = work;
    }

    @Override
    public Response apply(EventsApiPayload<AppHomeOpenedEvent> payload, EventContext ctx) {
        AppHomeOpenedEvent opened = payload.getEvent();
        if ("home".equals(opened.getTab()) && opened.getUser() != null) {
            work.later("Home tab for " + opened.getUser(), () -> home.publish(opened.getUser()));
        }
        return ctx.ack();
    }
}
