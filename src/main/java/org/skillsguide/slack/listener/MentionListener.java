package org.skillsguide.slack.listener;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.handler.BoltEventHandler;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.event.AppMentionEvent;
import org.skillsguide.slack.Questions;
import org.skillsguide.slack.Senders;
import org.skillsguide.slack.SlackWork;

/** {@code app_mention}: answered in the thread of the mention (a new thread, or the one it is in). */
public final class MentionListener implements BoltEventHandler<AppMentionEvent> {

    private final Questions questions;
    private final SlackWork work;

    public MentionListener(Questions questions, SlackWork work) {
        this.questions = questions;
        this.work = work;
    }

    @Override
    public Response apply(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent mention = payload.getEvent();
        if (Senders.isBotOrSelf(mention.getBotId(), mention.getSubtype(), mention.getUser(), ctx.getBotUserId())) {
            return ctx.ack();
        }
        String thread = mention.getThreadTs() != null ? mention.getThreadTs() : mention.getTs();
        String question = Questions.withoutMention(mention.getText(), ctx.getBotUserId());
        // Events must be acknowledged within 3 seconds; the answer follows on the work executor.
        work.later("answer to mention " + mention.getTs(),
                () -> questions.answerInConversation(mention.getChannel(), thread, question, mention.getUser()));
        return ctx.ack();
    }
}
