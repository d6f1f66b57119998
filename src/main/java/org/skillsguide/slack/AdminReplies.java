package org.skillsguide.slack;

import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.skillsguide.answer.render.SlackLimits;
import org.skillsguide.answer.render.SlackMessage;
import org.skillsguide.framework.Framework;
import org.skillsguide.framework.load.Problem;
import org.skillsguide.knowledge.Knowledge;
import org.skillsguide.knowledge.ReloadOutcome;
import org.skillsguide.usage.UnansweredQuestions;

/** The wording of every {@code /skills-admin} reply: private messages to the admin who asked. */
final class AdminReplies {

    /** An admin fixes the first few errors and reloads again; the rest are one {@code check} away. */
    static final int ERRORS_SHOWN = 5;

    private AdminReplies() {}

    static SlackMessage help() {
        return message("*/skills-admin* — for the Skills Guide's admins\n"
                + "• `/skills-admin status` — what is loaded, since when, and how the last reload went\n"
                + "• `/skills-admin reload` — load the data directory again now (data with errors never replaces data that works)\n"
                + "• `/skills-admin unanswered [days]` — the " + AdminCommands.UNANSWERED_SHOWN
                + " questions asked most often in the last days (default " + AdminCommands.DEFAULT_DAYS
                + ") that I could not answer\n"
                + "• `/skills-admin help` — this list");
    }

    /** Says who may use the command without naming them: the refused user learns where admins are set. */
    static SlackMessage refused() {
        return message("Sorry, `/skills-admin` is only for the Skills Guide's admins, and you are not one of them."
                + " Nothing was run. An admin can add your member ID to `SKILLS_GUIDE_ADMINS`.");
    }

    static SlackMessage unknown(String subcommand) {
        SlackMessage help = help();
        return message("I don't know `" + escape(subcommand) + "`.\n" + help.text());
    }

    static SlackMessage badDays(String days) {
        return message("`" + escape(days) + "` is not a number of days: try `/skills-admin unanswered 7` (1 to "
                + AdminCommands.MAX_DAYS + ").");
    }

    static SlackMessage reloading() {
        return message("Reloading the data… I'll tell you here when it is done.");
    }

    /** "Reloaded in N ms: …", or the first errors with file:line and that the old data keeps answering. */
    static SlackMessage reloaded(ReloadOutcome outcome) {
        if (outcome.swapped()) {
            return message(escape(outcome.describe()));
        }
        List<Problem> errors = outcome.errors();
        StringBuilder text = new StringBuilder("*Reload failed* with " + errors.size() + (errors.size() == 1 ? " error" : " errors")
                + ". I'm still answering from the data loaded before.\n");
        errors.stream().limit(ERRORS_SHOWN).forEach(error -> text.append("• `").append(escape(error.toString())).append("`\n"));
        if (errors.size() > ERRORS_SHOWN) {
            text.append("…and ").append(errors.size() - ERRORS_SHOWN).append(" more: run `skills-guide check` on the data directory.\n");
        }
        return message(text.toString().strip());
    }

    static SlackMessage reloadBroke(RuntimeException e) {
        return message("*Reload failed*: " + escape(String.valueOf(e.getMessage()))
                + ". I'm still answering from the data loaded before.");
    }

    static SlackMessage status(Knowledge current, Optional<ReloadOutcome> last, int unansweredThisWeek) {
        Framework framework = current.framework();
        String text = "*Skills Guide status*\n"
                + "• Answering from " + framework.families().size() + " families, " + framework.roleCount() + " roles, "
                + framework.levelCount() + " role levels, " + framework.skills().size() + " skills, "
                + current.index().statementCount() + " statements (" + current.problems().size() + " problems)\n"
                + "• Loaded at " + time(current.loadedAt()) + "\n"
                + "• Last reload: " + last.map(AdminReplies::lastReload).orElse("none since the bot started") + "\n"
                + "• Unanswered in the last " + AdminCommands.DEFAULT_DAYS + " days: " + unansweredThisWeek
                + (unansweredThisWeek == 1 ? " question" : " different questions") + " (`/skills-admin unanswered`)";
        return message(text);
    }

    static SlackMessage unanswered(int days, List<UnansweredQuestions.Count> counts) {
        String period = days == 1 ? "today" : "in the last " + days + " days";
        if (counts.isEmpty()) {
            return message("No unanswered questions " + period + ".");
        }
        List<String> lines = new ArrayList<>();
        lines.add("*Questions I could not answer " + period + "*, most asked first:");
        for (int i = 0; i < counts.size(); i++) {
            UnansweredQuestions.Count count = counts.get(i);
            lines.add((i + 1) + ". " + escape(count.question()) + " — " + count.count() + (count.count() == 1 ? " time" : " times"));
        }
        return message(lines);
    }

    private static String lastReload(ReloadOutcome outcome) {
        if (outcome.swapped()) {
            return "swapped in at " + time(outcome.at()) + " (" + escape(outcome.summary()) + ", took " + outcome.took().toMillis() + " ms)";
        }
        return "*failed* at " + time(outcome.at()) + " with " + outcome.errors().size()
                + " errors; the data loaded before is answering. First: `" + escape(outcome.errors().get(0).toString()) + "`";
    }

    /** Slack shows the date in the reader's time zone; the ISO text is the fallback for old clients. */
    private static String time(Instant at) {
        return "<!date^" + at.getEpochSecond() + "^{date_short_pretty} {time_secs}|" + at + ">";
    }

    private static SlackMessage message(String mrkdwn) {
        return message(List.of(mrkdwn));
    }

    /** Lines packed into as few sections as Slack's section text limit allows. */
    private static SlackMessage message(List<String> lines) {
        List<LayoutBlock> blocks = new ArrayList<>();
        StringBuilder section = new StringBuilder();
        for (String line : lines) {
            if (!section.isEmpty() && section.length() + 1 + line.length() > SlackLimits.SECTION_TEXT) {
                blocks.add(section(section.toString()));
                section.setLength(0);
            }
            if (!section.isEmpty()) {
                section.append('\n');
            }
            section.append(line.length() > SlackLimits.SECTION_TEXT ? line.substring(0, SlackLimits.SECTION_TEXT - 1) + "…" : line);
        }
        blocks.add(section(section.toString()));
        return new SlackMessage(true, String.join("\n", lines), blocks);
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
    }

    /** Slack reads {@code & < >} as markup (a question could otherwise ping @channel). */
    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
