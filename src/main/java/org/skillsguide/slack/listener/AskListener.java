package org.skillsguide.slack.listener;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.skillsguide.slack.Cards;
import org.skillsguide.slack.Click;
import org.skillsguide.slack.SlackWork;

/** A card's link buttons ({@code sg_ask_*}): the button's value is asked and the answer shown. */
public final class AskListener implements BlockActionHandler {

    private final Cards cards;
    private final SlackWork work;

    public AskListener(Cards cards, SlackWork work) {
        this.cards = cards;
        this.work = work;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Click click = Click.from(payload);
        for (BlockActionPayload.Action action : Click.actions(payload)) {
            if (action.getValue() != null) {
                work.later("card button " + action.getActionId(), () -> cards.show(click, action.getValue(), 1));
            }
        }
        return ctx.ack();
    }
}
