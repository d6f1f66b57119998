package org.skillsguide.slack.listener;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.response.Response;
import org.skillsguide.slack.Click;
import org.skillsguide.slack.HomeTab;
import org.skillsguide.slack.SlackWork;

/** A choice in the Home tab's search or family / role / level selects: the tab is re-published with it. */
public final class HomeSelectListener implements BlockActionHandler {

    private final HomeTab home;
    private final SlackWork work;

    public HomeSelectListener(HomeTab home, SlackWork work) {
        this.home = home;
        this.work = work;
    }

    @Override
    public Response apply(BlockActionRequest request, ActionContext ctx) {
        BlockActionPayload payload = request.getPayload();
        String user = payload.getUser() == null ? null : payload.getUser().getId();
        String metadata = payload.getView() == null ? "" : payload.getView().getPrivateMetadata();
        for (BlockActionPayload.Action action : Click.actions(payload)) {
            if (user != null && action.getSelectedOption() != null && action.getSelectedOption().getValue() != null) {
                String value = action.getSelectedOption().getValue();
                work.later("Home tab choice " + action.getActionId(), () -> home.chose(user, metadata, action.getActionId(), value));
            }
        }
        return ctx.ack();
    }
}
