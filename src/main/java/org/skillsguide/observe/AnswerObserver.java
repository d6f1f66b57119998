package org.skillsguide.observe;

import java.time.Duration;
import org.skillsguide.answer.AnswerKind;
import org.skillsguide.usage.UnansweredQuestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sees every answered request once: one log line, the meters, and the unanswered questions admins
 * review. The log line carries no words people typed unless DEBUG is on (questions can name people
 * or carry pasted text), and never a token.
 */
public final class AnswerObserver {

    private static final Logger LOG = LoggerFactory.getLogger(AnswerObserver.class);
    private static final int MAX_LOGGED_CHARS = 200;

    private final BotMetrics metrics;
    private final UnansweredQuestions unanswered;

    public AnswerObserver(BotMetrics metrics, UnansweredQuestions unanswered) {
        this.metrics = metrics;
        this.unanswered = unanswered;
    }

    /**
     * A question answered. A no_match is kept for admins only when the question was just asked:
     * a button on a card re-asks the words of a question already counted.
     */
    public void answered(RequestKind request, AnswerKind kind, Duration latency, String question) {
        metrics.answered(request, kind.wireName(), latency);
        if (kind == AnswerKind.NO_MATCH && request != RequestKind.ACTION) {
            unanswered.record(question);
        }
        if (LOG.isDebugEnabled()) {
            LOG.debug("answered {} kind={} latency_ms={} question={}", request.wireName(), kind.wireName(), latency.toMillis(),
                    quoted(question));
        } else {
            LOG.info("answered {} kind={} latency_ms={}", request.wireName(), kind.wireName(), latency.toMillis());
        }
    }

    /** Typeahead options given for what someone has typed so far. */
    public void suggested(int options, Duration latency, String typed) {
        metrics.suggested(latency);
        if (LOG.isDebugEnabled()) {
            LOG.debug("answered options count={} latency_ms={} typed={}", options, latency.toMillis(), quoted(typed));
        } else {
            LOG.info("answered options count={} latency_ms={}", options, latency.toMillis());
        }
    }

    /** Log lines stay one line and short whatever people type. */
    static String quoted(String text) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ");
        return "\"" + (flat.length() > MAX_LOGGED_CHARS ? flat.substring(0, MAX_LOGGED_CHARS) + "…" : flat) + "\"";
    }
}
