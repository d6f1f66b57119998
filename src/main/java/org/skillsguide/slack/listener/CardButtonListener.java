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
 * A button on a card: acknowledged at once (Slack waits 3 seconds), its value handed to
 * {@link Cards} after the acknowledgement. Each button is one subclass saying what its value does.
 */
abstract class CardButtonListener implements BlockActionHandler {

    protected final Cards cards;
    private final SlackWork work;

    CardButtonListener(Cards cards, SlackWork work) {
        this.cards = cards;
        this.work = work;
    }

    @Override
    public final Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        Click click = Click.from(payload);
        for (BlockActionPayload.Action action : Click.actions(payload)) {
            if (action.getValue() != null) {
                work.later(what() + " " + action.getActionId(), () -> clicked(click, action.getValue()));
            }
        }
        return ctx.ack();
    }

    /** A few words for the logs, e.g. "share in channel". */
    abstract String what();

    /** Runs after the acknowledgement, with the button's value. */
    abstract void clicked(Click click, String value);
}
