package org.skillsguide.answer.render;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.util.List;

/**
 * A message as Slack takes it: the notification text and the Block Kit blocks.
 *
 * @param ephemeral only the asker sees it ({@code response_type} "ephemeral"), else "in_channel"
 */
public record SlackMessage(boolean ephemeral, String text, List<LayoutBlock> blocks) {

    private static final Gson GSON = GsonFactory.createSnakeCase();

    public SlackMessage {
        blocks = List.copyOf(blocks);
    }

    public String responseType() {
        return ephemeral ? "ephemeral" : "in_channel";
    }

    /** The payload as sent to a response_url: {@code response_type}, {@code text}, {@code blocks}. */
    public JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("response_type", responseType());
        json.addProperty("text", text);
        json.add("blocks", GSON.toJsonTree(blocks));
        return json;
    }

    /** The blocks alone as JSON, as chat.postMessage and views.* take them. */
    public String blocksJson() {
        return GSON.toJson(blocks);
    }
}
