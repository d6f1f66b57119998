package org.skillsguide.slack;

import java.time.Duration;
import java.util.regex.Pattern;
import org.skillsguide.answer.Answer;
import org.skillsguide.answer.render.Presentation;
import org.skillsguide.answer.render.SlackMessage;
import org.skillsguide.answer.render.SlackRenderer;
import org.skillsguide.knowledge.KnowledgeBase;
import org.skillsguide.observe.AnswerObserver;
import org.skillsguide.observe.RequestKind;

/** Answers what people type: slash commands (privately), DMs and mentions (in the conversation). */
public final class Questions {

    private final KnowledgeBase knowledge;
    private final SlackGateway slack;
    private final AnswerObserver observer;

    public Questions(KnowledgeBase knowledge, SlackGateway slack, AnswerObserver observer) {
        this.knowledge = knowledge;
        this.slack = slack;
        this.observer = observer;
    }

    /** The private card for {@code /command text}, as the command's acknowledgement carries it. */
    public SlackMessage commandCard(String command, String text) {
        String asked = (command + " " + (text == null ? "" : text)).strip();
        return SlackRenderer.render(answer(RequestKind.COMMAND, asked), Presentation.privateCard());
    }

    /**
     * Answers {@code text} in {@code channel}, in the thread {@code threadTs} when given; if Slack will
     * not take the card, {@code asker} is told privately.
     */
    public void answerInConversation(String channel, String threadTs, String text, String asker) {
        SlackMessage card = SlackRenderer.render(answer(RequestKind.EVENT, text), Presentation.inConversation());
        slack.postMessage(channel, threadTs, card, SlackGateway.Notice.ephemeral(channel, asker));
    }

    /** The answer to {@code asked}, observed once (log line, meters, unanswered questions) as a {@code request}. */
    Answer answer(RequestKind request, String asked) {
        long start = System.nanoTime();
        Answer answer = knowledge.current().engine().answer(asked);
        observer.answered(request, answer.kind(), Duration.ofNanos(System.nanoTime() - start), asked);
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
}
