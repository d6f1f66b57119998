package org.skillsguide.answer.render;

import java.util.Optional;

/**
 * How a card is shown: privately with share buttons, or shared in a conversation.
 *
 * @param shareButtons offer "Share in channel" and "Share to…" (only the asker sees the card)
 * @param sharedBy the Slack user ID of whoever shared the card, shown on it
 * @param page which page of a long card, from 1
 */
public record Presentation(boolean shareButtons, Optional<String> sharedBy, int page) {

    public Presentation {
        page = Math.max(1, page);
    }

    /** An ephemeral answer only the asker sees, with buttons to share it. */
    public static Presentation privateCard() {
        return new Presentation(true, Optional.empty(), 1);
    }

    /** An answer in a DM or thread: already in the conversation, so only "Share to…" makes sense. */
    public static Presentation inConversation() {
        return new Presentation(true, Optional.empty(), 1);
    }

    /** A card shared into a conversation by a user. */
    public static Presentation sharedBy(String userId) {
        return new Presentation(false, Optional.of(userId), 1);
    }

    public Presentation onPage(int number) {
        return new Presentation(shareButtons, sharedBy, number);
    }
}
