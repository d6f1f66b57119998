package org.skillsguide.slack.listener;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.skillsguide.answer.render.CardActions;
import org.skillsguide.slack.Cards;
import org.skillsguide.slack.Click;
import org.skillsguide.slack.SlackWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A long card's "Show more" button ({@code sg_page}). */
public final class PageListener implements BlockActionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(PageListener.class);

    private final Cards cards;
    private final SlackWork work;

    public PageListener(Cards cards, SlackWork work) {
        this.cards = cards;
        this.work = work;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Click click = Click.from(payload);
        for (BlockActionPayload.Action action : Click.actions(payload)) {
            CardActions.readPage(action.getValue()).ifPresentOrElse(
                    page -> work.later("page " + page.page(), () -> cards.show(click, page.question(), page.page())),
                    () -> LOG.warn("ignored a page button with an unreadable value"));
        }
        return ctx.ack();
    }
}
