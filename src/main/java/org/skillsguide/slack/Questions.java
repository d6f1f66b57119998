package org.skillsguide.slack;

import java.util.regex.Pattern;
import org.skillsguide.answer.Answer;
import org.skillsguide.answer.render.Presentation;
import org.skillsguide.answer.render.SlackMessage;
import org.skillsguide.answer.render.SlackRenderer;
import org.skillsguide.knowledge.KnowledgeBase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Answers what people type: slash commands (privately), DMs and mentions (in the conversation). */
public final class Questions {

    private static final Logger LOG = LoggerFactory.getLogger(Questions.class);

    private final KnowledgeBase knowledge;
    private final SlackGateway slack;

    public Questions(KnowledgeBase knowledge, SlackGateway slack) {
        this.knowledge = knowledge;
        this.slack = slack;
    }

    /** The private card for {@code /command text}, as the command's acknowledgement carries it. */
    public SlackMessage commandCard(String command, String text) {
        String asked = (command + " " + (text == null ? "" : text)).strip();
        return SlackRenderer.render(answer(asked), Presentation.privateCard());
    }

    /**
     * Answers {@code text} in {@code channel}, in the thread {@code threadTs} when given; if Slack will
     * not take the card, {@code asker} is told privately.
     */
    public void answerInConversation(String channel, String threadTs, String text, String asker) {
        SlackMessage card = SlackRenderer.render(answer(text), Presentation.inConversation());
        slack.postMessage(channel, threadTs, card, SlackGateway.Notice.ephemeral(channel, asker));
    }

    Answer answer(String asked) {
        Answer answer = knowledge.current().engine().answer(asked);
        LOG.info("answered {} with {} {}", quoted(asked), answer.kind(), answer.subjects());
        return answer;
    }

    /** The text of a mention without the bot's own {@code <@BOTID>} (or {@code <@BOTID|name>}). */
    public static String withoutMention(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        if (botUserId == null || botUserId.isEmpty()) {
            return text.strip();
        }
        return text.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", " ").replaceAll("\\s+", " ").strip();
    }

    private static String quoted(String text) {
        // Log lines stay one line and short whatever people type.
        String flat = text.replaceAll("\\s+", " ");
        return "\"" + (flat.length() > 200 ? flat.substring(0, 200) + "…" : flat) + "\"";
    }
}
