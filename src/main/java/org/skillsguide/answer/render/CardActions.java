package org.skillsguide.answer.render;

import java.util.Optional;

/**
 * The action IDs and button values the cards carry, shared by the renderer that writes them and the
 * Slack listeners that read them. A button's value is always words the engine can answer again, so
 * a card can be rebuilt from its button alone.
 */
public final class CardActions {

    /** Ask the engine the button's value (a question or slash command); IDs are numbered to stay unique. */
    public static final String ASK_PREFIX = "sg_ask_";
    /** Post the card visibly in the channel it was asked in; value: the question. */
    public static final String SHARE_HERE = "sg_share_here";
    /** Open the "Share to…" picker; value: the question. */
    public static final String SHARE_TO = "sg_share_to";
    /** Show another page of a long card; value: see {@link #pageValue}. */
    public static final String PAGE = "sg_page";

    /** Slack caps a button value at 2,000 characters; questions are cut to leave room for the page. */
    static final int MAX_QUESTION_IN_VALUE = 1_900;

    private CardActions() {}

    public static String pageValue(int page, String question) {
        return page + "|" + clip(question);
    }

    /** Reads a {@link #PAGE} button's value; empty when it is not one. */
    public static Optional<PageRequest> readPage(String value) {
        int bar = value == null ? -1 : value.indexOf('|');
        if (bar <= 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PageRequest(Integer.parseInt(value.substring(0, bar)), value.substring(bar + 1)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A request for page {@code page} of the answer to {@code question}. */
    public record PageRequest(int page, String question) {}

    static String clip(String question) {
        return question.length() <= MAX_QUESTION_IN_VALUE ? question : question.substring(0, MAX_QUESTION_IN_VALUE);
    }
}
