package org.skillsguide.slack.listener;

import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.ViewState;
import java.util.Map;
import java.util.Optional;
import org.skillsguide.answer.render.ShareModalView;
import org.skillsguide.slack.Cards;
import org.skillsguide.slack.SlackWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The "Share to…" modal submitted: the modal closes at once and the card is posted after. */
public final class ShareSubmissionListener implements ViewSubmissionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ShareSubmissionListener.class);

    private final Cards cards;
    private final SlackWork work;

    public ShareSubmissionListener(Cards cards, SlackWork work) {
        this.cards = cards;
        this.work = work;
    }

    @Override
    public Response apply(ViewSubmissionRequest request, ViewSubmissionContext ctx) {
        ViewSubmissionPayload payload = request.getPayload();
        Optional<String> conversation = selectedConversation(payload);
        if (conversation.isEmpty()) {
            // Slack shows this under the picker and keeps the modal open.
            return ctx.ackWithErrors(Map.of(ShareModalView.TARGET_BLOCK, "Choose where to share the card."));
        }
        Optional<ShareModalView.Share> share = ShareModalView.Share.fromMetadata(payload.getView().getPrivateMetadata());
        String user = payload.getUser() == null ? null : payload.getUser().getId();
        if (share.isEmpty() || user == null) {
            LOG.warn("a share modal came back without its card or user; nothing shared");
            return ctx.ack();
        }
        work.later("share to " + conversation.get(), () -> cards.shareTo(user, conversation.get(), share.get()));
        return ctx.ack();
    }

    private static Optional<String> selectedConversation(ViewSubmissionPayload payload) {
        return Optional.ofNullable(payload.getView())
                .map(v -> v.getState())
                .map(ViewState::getValues)
                .map(values -> values.get(ShareModalView.TARGET_BLOCK))
                .map(block -> block.get(ShareModalView.TARGET_ACTION))
                .map(ViewState.Value::getSelectedConversation)
                .filter(c -> !c.isBlank());
    }
}
