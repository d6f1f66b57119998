package org.skillsguide.slack.listener;

import org.skillsguide.slack.Cards;
import org.skillsguide.slack.Click;
import org.skillsguide.slack.SlackWork;

/** "Share in channel" ({@code sg_share_here}): the card, signed by the sharer, for everyone in the channel. */
public final class ShareHereListener extends CardButtonListener {

    public ShareHereListener(Cards cards, SlackWork work) {
        super(cards, work);
    }

    @Override
    String what() {
        return "share in channel";
    }

    @Override
    void clicked(Click click, String question) {
        cards.shareHere(click, question);
    }
}
