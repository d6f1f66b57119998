package org.skillsguide.slack.listener;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.skillsguide.slack.Cards;
import org.skillsguide.slack.Click;
import org.skillsguide.slack.SlackWork;

/**
 * "Share to…" ({@code sg_share_to}): opens the conversation picker. The trigger_id lives a few
 * seconds; views.open goes right after the acknowledgement.
 */
public final class ShareToListener implements BlockActionHandler {

    private final Cards cards;
    private final SlackWork work;

    public ShareToListener(Cards cards, SlackWork work) {
        this.cards = cards;
        this.work = work;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Click click = Click.from(payload);
        Click.actions(payload).stream().filter(a -> a.getValue() != null).findFirst().ifPresent(
                action -> work.later("share-to picker", () -> cards.openShareModal(click, action.getValue())));
        return ctx.ack();
    }
}
