package org.skillsguide.answer.render;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.slack.api.model.block.InputBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ConversationsSelectElement;
import com.slack.api.model.view.View;
import com.slack.api.model.view.ViewClose;
import com.slack.api.model.view.ViewSubmit;
import com.slack.api.model.view.ViewTitle;
import java.util.List;
import java.util.Optional;

/**
 * The "Share to…" modal: a conversation picker (the current conversation chosen by default) and the
 * card's title. What to share travels in the view's private_metadata.
 */
public final class ShareModalView {

    public static final String CALLBACK_ID = "sg_share_modal";
    public static final String TARGET_BLOCK = "sg_share_target";
    public static final String TARGET_ACTION = "sg_share_conversation";

    private static final Gson GSON = new Gson();

    private ShareModalView() {}

    /**
     * What the modal shares and where it was opened from.
     *
     * @param question the card's question, asked again on submit
     * @param origin the conversation the card was in, where a failure is reported; empty from the Home tab
     */
    public record Share(String question, Optional<String> origin) {

        public String toMetadata() {
            JsonObject json = new JsonObject();
            json.addProperty("q", question);
            origin.ifPresent(o -> json.addProperty("origin", o));
            return GSON.toJson(json);
        }

        /** Reads {@link #toMetadata}; empty when the metadata is not ours. */
        public static Optional<Share> fromMetadata(String metadata) {
            try {
                JsonObject json = metadata == null ? null : GSON.fromJson(metadata, JsonObject.class);
                if (json == null || !json.has("q")) {
                    return Optional.empty();
                }
                Optional<String> origin = json.has("origin") ? Optional.of(json.get("origin").getAsString()) : Optional.empty();
                return Optional.of(new Share(json.get("q").getAsString(), origin));
            } catch (JsonParseException | IllegalStateException | ClassCastException | UnsupportedOperationException e) {
                return Optional.empty();
            }
        }
    }

    public static View build(Share share, SlackMessage card) {
        List<LayoutBlock> blocks = List.of(
                SectionBlock.builder().text(MarkdownTextObject.builder()
                        .text("Share *" + Mrkdwn.escape(CardComposer.clip(card.text(), 200)) + "* to:")
                        .build()).build(),
                InputBlock.builder()
                        .blockId(TARGET_BLOCK)
                        .label(plain("Channel or conversation"))
                        .element(ConversationsSelectElement.builder()
                                .actionId(TARGET_ACTION)
                                .defaultToCurrentConversation(true)
                                .placeholder(plain("Choose where to post it"))
                                .build())
                        .build());
        // Slack: modal title, submit and close are at most 24 characters.
        return View.builder()
                .type("modal")
                .callbackId(CALLBACK_ID)
                .title(ViewTitle.builder().type("plain_text").text("Share card").build())
                .submit(ViewSubmit.builder().type("plain_text").text("Share").build())
                .close(ViewClose.builder().type("plain_text").text("Cancel").build())
                .privateMetadata(share.toMetadata())
                .blocks(blocks)
                .build();
    }

    /** The one line a user reads when the card could not be posted where they chose. */
    public static String failureText(String conversation, String slackError) {
        String where = "<#" + conversation + ">";
        return switch (slackError) {
            case "not_in_channel", "channel_not_found" -> "I couldn't share the card to " + where
                    + ": I'm not a member there. Invite me with `/invite @Skills Guide` and share again.";
            case "is_archived" -> "I couldn't share the card to " + where + ": that channel is archived.";
            case "restricted_action", "restricted_action_read_only_channel", "cannot_post" ->
                    "I couldn't share the card to " + where + ": posting there is restricted.";
            default -> "I couldn't share the card to " + where + " (Slack said `" + slackError + "`).";
        };
    }

    private static PlainTextObject plain(String text) {
        return PlainTextObject.builder().text(text).emoji(true).build();
    }
}
