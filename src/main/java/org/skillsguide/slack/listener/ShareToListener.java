package org.skillsguide.slack.listener;

import org.skillsguide.slack.Cards;
import org.skillsguide.slack.Click;
import org.skillsguide.slack.SlackWork;

/**
 * "Share to…" ({@code sg_share_to}): opens the conversation picker. The trigger_id lives a few
 * seconds; views.open goes right after the acknowledgement.
 */
public final class ShareToListener extends CardButtonListener {

    public ShareToListener(Cards cards, SlackWork work) {
        super(cards, work);
    }

    @Override
    String what() {
        return "share-to picker";
    }

    @Override
    void clicked(Click click, String question) {
        cards.openShareModal(click, question);
    }
}
