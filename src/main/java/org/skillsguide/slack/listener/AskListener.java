package org.skillsguide.slack.listener;

import org.skillsguide.slack.Cards;
import org.skillsguide.slack.Click;
import org.skillsguide.slack.SlackWork;

/** A card's link buttons ({@code sg_ask_*}): the button's value is asked and the answer shown. */
public final class AskListener extends CardButtonListener {

    public AskListener(Cards cards, SlackWork work) {
        super(cards, work);
    }

    @Override
    String what() {
        return "card button";
    }

    @Override
    void clicked(Click click, String question) {
        cards.show(click, question, 1);
    }
}
