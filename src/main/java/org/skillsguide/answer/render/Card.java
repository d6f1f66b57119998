package org.skillsguide.answer.render;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * An answer composed once as Block Kit: a title, the body blocks (which may be longer than one
 * Slack message allows), and links to related answers. Surfaces page and decorate it.
 *
 * @param title a one-line summary, used as the message's notification text
 * @param body the card's content blocks, in order
 * @param links buttons to related answers, most useful first
 */
public record Card(String title, List<LayoutBlock> body, List<Link> links) {

    public Card {
        body = List.copyOf(body);
        links = List.copyOf(links);
    }

    /** A button that asks the engine {@code query}. */
    public record Link(String label, String query) {}
}
