package org.skillsguide.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import java.util.List;
import java.util.Optional;

/**
 * Where a button on a card was clicked, read from a block_actions payload.
 *
 * @param user who clicked
 * @param channel the conversation of the card; empty in the Home tab
 * @param responseUrl the message's response_url; empty in the Home tab
 * @param ephemeral the card is the clicker's private copy (it may be replaced in place)
 * @param homeMetadata the Home tab's private_metadata when the card is in the Home tab
 * @param triggerId lets a modal open for a few seconds
 */
public record Click(
        String user,
        Optional<String> channel,
        Optional<String> responseUrl,
        boolean ephemeral,
        Optional<String> homeMetadata,
        String triggerId) {

    public boolean inHome() {
        return homeMetadata.isPresent();
    }

    /** The payload's actions; none when Slack (or someone else) sent none. */
    public static List<BlockActionPayload.Action> actions(BlockActionPayload payload) {
        return payload.getActions() == null ? List.of() : payload.getActions();
    }

    public static Click from(BlockActionPayload payload) {
        BlockActionPayload.Container container = payload.getContainer();
        boolean inView = container != null && "view".equals(container.getType()) && payload.getView() != null;
        Optional<String> metadata = inView
                ? Optional.of(Optional.ofNullable(payload.getView().getPrivateMetadata()).orElse(""))
                : Optional.empty();
        String user = payload.getUser() == null ? "" : payload.getUser().getId();
        return new Click(
                user,
                Optional.ofNullable(payload.getChannel()).map(BlockActionPayload.Channel::getId),
                Optional.ofNullable(payload.getResponseUrl()).filter(u -> !u.isBlank()),
                container != null && container.isEphemeral(),
                metadata,
                payload.getTriggerId());
    }
}
