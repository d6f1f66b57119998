package org.skillsguide.slack;

import com.slack.api.bolt.App;
import com.slack.api.model.event.AppHomeOpenedEvent;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageBotEvent;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.skillsguide.slack.listener.DirectMessageListener;
import org.skillsguide.slack.listener.HomeOpenedListener;
import org.skillsguide.slack.listener.IgnoredEventListener;
import org.skillsguide.slack.listener.MentionListener;

/**
 * The Events API subscriptions, keyed by the names the manifest's {@code bot_events} use; the same
 * table registers the listeners, so {@link #events()} is exactly what is listened to.
 */
public final class EventRegistrar implements Registrar {

    private final Map<String, Consumer<App>> subscriptions = new LinkedHashMap<>();

    public EventRegistrar(Questions questions, HomeTab home, SlackWork work) {
        MentionListener mention = new MentionListener(questions, work);
        DirectMessageListener directMessage = new DirectMessageListener(questions, work);
        HomeOpenedListener homeOpened = new HomeOpenedListener(home, work);
        subscriptions.put("app_mention", app -> app.event(AppMentionEvent.class, mention));
        // message.im also delivers bot posts (our own answers among them) and edits, which Bolt routes
        // by subtype; they are acknowledged and left alone.
        IgnoredEventListener<MessageBotEvent> botMessage = new IgnoredEventListener<>();
        IgnoredEventListener<MessageChangedEvent> edited = new IgnoredEventListener<>();
        subscriptions.put("message.im", app -> app
                .event(MessageEvent.class, directMessage)
                .event(MessageBotEvent.class, botMessage)
                .event(MessageChangedEvent.class, edited));
        subscriptions.put("app_home_opened", app -> app.event(AppHomeOpenedEvent.class, homeOpened));
    }

    /** The bot events listened to, as the manifest names them. */
    public List<String> events() {
        return List.copyOf(subscriptions.keySet());
    }

    @Override
    public void register(App app) {
        subscriptions.values().forEach(registration -> registration.accept(app));
    }
}
