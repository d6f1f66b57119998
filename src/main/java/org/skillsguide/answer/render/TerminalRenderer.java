package org.skillsguide.answer.render;

import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.HeaderBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.composition.TextObject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillsguide.answer.Answer;

/** Renders the same card a Slack message shows as plain text for a terminal, all of it on one page. */
public final class TerminalRenderer {

    private static final Pattern LINK = Pattern.compile("<(?:[^|>]*\\|)?([^>]*)>");
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}])[*_]([^*_\\n]+)[*_](?![\\p{L}\\p{N}])");

    private TerminalRenderer() {}

    public static String render(Answer answer) {
        Card card = CardComposer.compose(answer);
        StringBuilder out = new StringBuilder();
        for (LayoutBlock block : card.body()) {
            if (block instanceof HeaderBlock header) {
                String title = header.getText().getText();
                out.append(title).append('\n').append("=".repeat(Math.min(title.length(), 72))).append('\n');
            } else if (block instanceof SectionBlock section) {
                out.append(plain(section.getText())).append("\n\n");
            } else if (block instanceof ContextBlock context) {
                context.getElements().forEach(e -> {
                    if (e instanceof TextObject text) {
                        out.append(plain(text)).append('\n');
                    }
                });
                out.append('\n');
            } else if (block instanceof DividerBlock) {
                out.append("-".repeat(40)).append('\n');
            }
        }
        if (!card.links().isEmpty()) {
            out.append("See also:\n");
            card.links().forEach(link -> out.append("  → ").append(link.label()).append("   [").append(link.query()).append("]\n"));
        }
        return out.toString().stripTrailing();
    }

    private static String plain(TextObject text) {
        if (text instanceof PlainTextObject plain) {
            return plain.getText();
        }
        String mrkdwn = ((MarkdownTextObject) text).getText();
        String unlinked = LINK.matcher(mrkdwn).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        String unmarked = EMPHASIS.matcher(unlinked).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        return unmarked.replace("`", "").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
