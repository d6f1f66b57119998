package org.skillsguide.answer.render;

import java.util.Optional;

/**
 * How a card is shown: privately with share buttons, in a conversation, or shared by someone.
 *
 * @param sharing which share buttons the card carries
 * @param sharedBy the Slack user ID of whoever shared the card, shown on it
 * @param page which page of a long card, from 1
 */
public record Presentation(Sharing sharing, Optional<String> sharedBy, int page) {

    /** The share buttons a card offers. */
    public enum Sharing {
        /** "Share in channel" and "Share to…": a private answer only the asker sees. */
        HERE_OR_ELSEWHERE,
        /** "Share to…" only: the card is already visible in its conversation. */
        ELSEWHERE,
        /** None: a shared card. */
        NONE
    }

    public Presentation {
        page = Math.max(1, page);
    }

    /** An ephemeral answer only the asker sees, with buttons to share it. */
    public static Presentation privateCard() {
        return new Presentation(Sharing.HERE_OR_ELSEWHERE, Optional.empty(), 1);
    }

    /** An answer in a DM or thread: already in the conversation, so only "Share to…" makes sense. */
    public static Presentation inConversation() {
        return new Presentation(Sharing.ELSEWHERE, Optional.empty(), 1);
    }

    /** A card shared into a conversation by a user. */
    public static Presentation sharedBy(String userId) {
        return new Presentation(Sharing.NONE, Optional.of(userId), 1);
    }

    public Presentation onPage(int number) {
        return new Presentation(sharing, sharedBy, number);
    }
}
