package org.skillsguide.slack.listener;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.skillsguide.slack.Cards;
import org.skillsguide.slack.Click;
import org.skillsguide.slack.SlackWork;

/** "Share in channel" ({@code sg_share_here}): the card, signed by the sharer, for everyone in the channel. */
public final class ShareHereListener implements BlockActionHandler {

    private final Cards cards;
    private final SlackWork work;

    public ShareHereListener(Cards cards, SlackWork work) {
        this.cards = cards;
        this.work = work;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Click click = Click.from(payload);
        Click.actions(payload).stream().filter(a -> a.getValue() != null).findFirst().ifPresent(
                action -> work.later("share in channel", () -> cards.shareHere(click, action.getValue())));
        return ctx.ack();
    }
}
