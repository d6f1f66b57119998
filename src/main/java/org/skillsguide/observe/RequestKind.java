package org.skillsguide.observe;

import java.util.Locale;

/**
 * What kind of Slack request something answered: the label on request and answer metrics and the
 * first word of the answer log line. {@link #HOME} is a choice in the Home tab, told apart from
 * other {@link #ACTION}s because its answer replaces the tab rather than a message.
 */
public enum RequestKind {
    COMMAND,
    EVENT,
    ACTION,
    OPTIONS,
    HOME,
    /** Anything else Slack sends (URL verification, SSL checks, shortcuts we do not register). */
    OTHER;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
