package org.skillsguide.slack.listener;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.MessageEvent;
import org.skillsguide.slack.Questions;
import org.skillsguide.slack.Senders;
import org.skillsguide.slack.SlackWork;

/**
 * {@code message.im}: a DM to the bot is answered in the DM (in its thread when it is in one).
 * Messages with a subtype (edits, bot posts) never reach this listener: Bolt routes them by subtype.
 */
public final class DirectMessageListener implements BoltEventHandler<MessageEvent> {

    private final Questions questions;
    private final SlackWork work;

    public DirectMessageListener(Questions questions, SlackWork work) {
        this.questions = questions;
        this.work = work;
    }

    @Override
    public Response apply(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent message = payload.getEvent();
        if (!"im".equals(message.getChannelType())
                || Senders.isBotOrSelf(message.getBotId(), null, message.getUser(), ctx.getBotUserId())
                || message.getText() == null
                || message.getText().isBlank()) {
            return ctx.ack();
        }
        String question = Questions.withoutMention(message.getText(), ctx.getBotUserId());
        work.later("answer to DM " + message.getTs(),
                () -> questions.answerInConversation(message.getChannel(), message.getThreadTs(), question, message.getUser()));
        return ctx.ack();
    }
}
