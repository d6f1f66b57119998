package org.skillsguide.answer.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.List;
import org.skillsguide.answer.Answer;

/**
 * Turns an answer's card into one Slack message, inside Slack's limits: a card longer than a
 * message is cut between blocks into pages, with a button for the next page.
 */
public final class SlackRenderer {

    /**
     * Slack allows 50 blocks a message and rejects long ones ("msg_blocks_too_long" near 13,000
     * characters): a page keeps well inside both, leaving room for the buttons.
     */
    static final int PAGE_MAX_BLOCKS = 40;
    static final int PAGE_MAX_CHARS = 9_000;
    /** Slack: button text ≤ 75 characters; an actions block holds ≤ 25 elements. */
    static final int BUTTON_TEXT_MAX = 75;
    static final int BUTTONS_PER_BLOCK = 5;
    static final int MAX_LINK_BUTTONS = 10;

    private SlackRenderer() {}

    public static SlackMessage render(Answer answer, Presentation presentation) {
        Card card = CardComposer.compose(answer);
        List<List<LayoutBlock>> pages = paginate(card.body());
        int page = Math.min(presentation.page(), pages.size());
        List<LayoutBlock> blocks = new ArrayList<>(pages.get(page - 1));
        if (pages.size() > 1) {
            blocks.add(CardComposer.context("Page " + page + " of " + pages.size()));
        }
        presentation.sharedBy().ifPresent(user -> blocks.add(CardComposer.context("Shared by " + Mrkdwn.mention(user))));
        List<ButtonElement> links = new ArrayList<>();
        for (Card.Link link : card.links()) {
            if (links.size() == MAX_LINK_BUTTONS) {
                break;
            }
            links.add(button(link.label(), CardActions.ASK_PREFIX + links.size(), link.query()));
        }
        addRows(blocks, "links", links);
        List<ButtonElement> controls = new ArrayList<>();
        if (page < pages.size()) {
            controls.add(button("Show more (" + (page + 1) + " of " + pages.size() + ")", CardActions.PAGE,
                    CardActions.pageValue(page + 1, answer.question())));
        }
        if (presentation.sharing() != Presentation.Sharing.NONE && isShareable(answer)) {
            String value = CardActions.clip(answer.question());
            if (presentation.sharing() == Presentation.Sharing.HERE_OR_ELSEWHERE) {
                ButtonElement shareHere = button("Share in channel", CardActions.SHARE_HERE, value);
                shareHere.setStyle("primary");
                controls.add(shareHere);
            }
            controls.add(button("Share to…", CardActions.SHARE_TO, value));
        }
        addRows(blocks, "controls", controls);
        return new SlackMessage(presentation.sharedBy().isEmpty(), card.title(), blocks);
    }

    /** Help and "nothing found" are for the asker alone. */
    static boolean isShareable(Answer answer) {
        return switch (answer.kind()) {
            case HELP, NO_MATCH -> false;
            default -> true;
        };
    }

    static List<List<LayoutBlock>> paginate(List<LayoutBlock> body) {
        List<List<LayoutBlock>> pages = new ArrayList<>();
        List<LayoutBlock> current = new ArrayList<>();
        int chars = 0;
        for (LayoutBlock block : body) {
            int size = textLength(block);
            if (!current.isEmpty() && (current.size() == PAGE_MAX_BLOCKS || chars + size > PAGE_MAX_CHARS)) {
                pages.add(current);
                current = new ArrayList<>();
                chars = 0;
            }
            current.add(block);
            chars += size;
        }
        pages.add(current);
        return pages;
    }

    private static void addRows(List<LayoutBlock> blocks, String name, List<ButtonElement> buttons) {
        for (int i = 0; i < buttons.size(); i += BUTTONS_PER_BLOCK) {
            List<BlockElement> row = new ArrayList<>(buttons.subList(i, Math.min(buttons.size(), i + BUTTONS_PER_BLOCK)));
            blocks.add(ActionsBlock.builder().blockId("sg_" + name + "_" + (i / BUTTONS_PER_BLOCK)).elements(row).build());
        }
    }

    private static ButtonElement button(String label, String actionId, String value) {
        return ButtonElement.builder()
                .text(PlainTextObject.builder().text(CardComposer.clip(label, BUTTON_TEXT_MAX)).emoji(true).build())
                .actionId(actionId)
                .value(value)
                .build();
    }

    private static int textLength(LayoutBlock block) {
        if (block instanceof SectionBlock section && section.getText() instanceof MarkdownTextObject text) {
            return text.getText().length();
        }
        return 200;
    }
}
