package org.skillsguide.answer.render;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.TextObject;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.BlockElement;
import com.slack.api.model.block.element.ButtonElement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Slack's documented Block Kit limits for a message, checked: what Slack would reject or cut.
 * The renderer is built to stay inside them; this is how tests and logs prove it.
 */
public final class SlackLimits {

    public static final int MESSAGE_BLOCKS = 50;
    public static final int HEADER_TEXT = 150;
    public static final int SECTION_TEXT = 3_000;
    public static final int SECTION_FIELDS = 10;
    public static final int FIELD_TEXT = 2_000;
    public static final int CONTEXT_ELEMENTS = 10;
    public static final int ACTIONS_ELEMENTS = 25;
    public static final int BUTTON_TEXT = 75;
    public static final int BUTTON_VALUE = 2_000;
    public static final int ACTION_ID = 255;
    public static final int MESSAGE_TEXT = 40_000;
    /** Not documented as a number: Slack answers msg_blocks_too_long near 13,000 characters of block text. */
    public static final int BLOCKS_TEXT_TOTAL = 12_000;

    private SlackLimits() {}

    /** Every limit the message breaks, in words; empty when Slack would take it as it is. */
    public static List<String> violations(SlackMessage message) {
        List<String> problems = new ArrayList<>();
        if (message.text() == null || message.text().isBlank()) {
            problems.add("message text is empty (Slack needs it for notifications)");
        } else if (message.text().length() > MESSAGE_TEXT) {
            problems.add("message text has " + message.text().length() + " characters > " + MESSAGE_TEXT);
        }
        check(problems, message.blocks().size() <= MESSAGE_BLOCKS, "message has " + message.blocks().size() + " blocks > " + MESSAGE_BLOCKS);
        int total = 0;
        Set<String> actionIds = new HashSet<>();
        for (LayoutBlock block : message.blocks()) {
            if (block instanceof HeaderBlock header) {
                int length = length(header.getText());
                total += length;
                check(problems, header.getText() instanceof PlainTextObject, "header text must be plain_text");
                check(problems, length > 0 && length <= HEADER_TEXT, "header text has " + length + " characters (1.." + HEADER_TEXT + ")");
            } else if (block instanceof SectionBlock section) {
                int length = length(section.getText());
                total += length;
                check(problems, length > 0 && length <= SECTION_TEXT, "section text has " + length + " characters (1.." + SECTION_TEXT + ")");
                if (section.getFields() != null) {
                    check(problems, section.getFields().size() <= SECTION_FIELDS, "section has more than " + SECTION_FIELDS + " fields");
                    for (TextObject field : section.getFields()) {
                        total += length(field);
                        check(problems, length(field) <= FIELD_TEXT, "section field longer than " + FIELD_TEXT);
                    }
                }
            } else if (block instanceof ContextBlock context) {
                check(problems, context.getElements().size() <= CONTEXT_ELEMENTS, "context has more than " + CONTEXT_ELEMENTS + " elements");
                for (var element : context.getElements()) {
                    if (element instanceof TextObject text) {
                        total += length(text);
                        check(problems, length(text) > 0 && length(text) <= SECTION_TEXT, "context text has " + length(text) + " characters");
                    }
                }
            } else if (block instanceof ActionsBlock actions) {
                check(problems, actions.getElements().size() <= ACTIONS_ELEMENTS, "actions block has more than " + ACTIONS_ELEMENTS + " elements");
                for (BlockElement element : actions.getElements()) {
                    if (element instanceof ButtonElement button) {
                        int text = length(button.getText());
                        check(problems, text > 0 && text <= BUTTON_TEXT, "button text has " + text + " characters (1.." + BUTTON_TEXT + ")");
                        String value = button.getValue() == null ? "" : button.getValue();
                        check(problems, value.length() <= BUTTON_VALUE, "button value has " + value.length() + " characters > " + BUTTON_VALUE);
                        String id = button.getActionId() == null ? "" : button.getActionId();
                        check(problems, !id.isEmpty() && id.length() <= ACTION_ID, "button action_id has " + id.length() + " characters");
                        check(problems, actionIds.add(id), "action_id " + id + " appears twice");
                    }
                }
            }
        }
        check(problems, total <= BLOCKS_TEXT_TOTAL, "blocks hold " + total + " characters of text > " + BLOCKS_TEXT_TOTAL);
        return problems;
    }

    private static void check(List<String> problems, boolean ok, String problem) {
        if (!ok) {
            problems.add(problem);
        }
    }

    private static int length(TextObject text) {
        if (text instanceof PlainTextObject plain) {
            return plain.getText() == null ? 0 : plain.getText().length();
        }
        if (text instanceof MarkdownTextObject markdown) {
            return markdown.getText() == null ? 0 : markdown.getText().length();
        }
        return 0;
    }
}
