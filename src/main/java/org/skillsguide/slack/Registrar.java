package org.skillsguide.slack;

import com.slack.api.bolt.App;

/** Registers the listeners of one Slack surface (commands, events, actions, views) on a Bolt app. */
public interface Registrar {

    void register(App app);
}
