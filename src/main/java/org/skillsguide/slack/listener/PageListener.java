package org.skillsguide.slack.listener;

import org.skillsguide.answer.render.CardActions;
import org.skillsguide.slack.Cards;
import org.skillsguide.slack.Click;
import org.skillsguide.slack.SlackWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A long card's "Show more" button ({@code sg_page}). */
public final class PageListener extends CardButtonListener {

    private static final Logger LOG = LoggerFactory.getLogger(PageListener.class);

    public PageListener(Cards cards, SlackWork work) {
        super(cards, work);
    }

    @Override
    String what() {
        return "page button";
    }

    @Override
    void clicked(Click click, String value) {
        CardActions.readPage(value).ifPresentOrElse(
                page -> cards.show(click, page.question(), page.page()),
                () -> LOG.warn("ignored a page button with an unreadable value"));
    }
}
