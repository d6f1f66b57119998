package org.skillsguide.slack;

/** Who must never be answered: other bots and the bot itself (answering them can loop forever). */
public final class Senders {

    private Senders() {}

    public static boolean isBotOrSelf(String botId, String subtype, String user, String botUserId) {
        return (botId != null && !botId.isEmpty())
                || "bot_message".equals(subtype)
                || user == null
                || (botUserId != null && botUserId.equals(user));
    }
}
