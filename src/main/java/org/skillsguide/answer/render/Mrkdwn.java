package org.skillsguide.answer.render;

import java.util.List;
import java.util.regex.Pattern;

/** Slack's mrkdwn: escaping what it would read as markup, and the few marks the cards use. */
final class Mrkdwn {

    private Mrkdwn() {}

    /** Slack reads {@code & < >} as markup: they are escaped in any text from data or users. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String bold(String text) {
        return "*" + escape(text) + "*";
    }

    static String bullets(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append("• ").append(escape(line));
        }
        return out.toString();
    }

    /** The text with each of the given words in bold (whole words only, as written in the text). */
    static String withBoldWords(String text, List<String> words) {
        String escaped = escape(text);
        for (String word : words) {
            if (word.isBlank()) {
                continue;
            }
            Pattern whole = Pattern.compile("(?<![\\p{L}\\p{N}*])" + Pattern.quote(escape(word)) + "(?![\\p{L}\\p{N}*])");
            escaped = whole.matcher(escaped).replaceAll(m -> "*" + java.util.regex.Matcher.quoteReplacement(m.group()) + "*");
        }
        return escaped;
    }

    /** A user mention Slack renders as a name. */
    static String mention(String userId) {
        return "<@" + userId.replaceAll("[^A-Za-z0-9]", "") + ">";
    }
}
