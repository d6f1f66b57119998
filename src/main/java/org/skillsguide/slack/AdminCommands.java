package org.skillsguide.slack;

import com.google.gson.JsonObject;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import org.skillsguide.answer.render.SlackMessage;
import org.skillsguide.knowledge.KnowledgeBase;
import org.skillsguide.knowledge.KnowledgeReloader;
import org.skillsguide.knowledge.ReloadOutcome;
import org.skillsguide.usage.UnansweredQuestions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /skills-admin reload | unanswered [days] | status | help}, for the Slack users named in
 * {@code SKILLS_GUIDE_ADMINS} only: anyone else is refused before anything runs.
 */
public final class AdminCommands {

    public static final String COMMAND = "/skills-admin";

    static final int DEFAULT_DAYS = 7;
    /** As far back as the unanswered questions are kept. */
    static final int MAX_DAYS = 30;
    static final int UNANSWERED_SHOWN = 20;
    /** Enough to count the week's distinct unanswered questions for the status line. */
    private static final int COUNT_ALL = Integer.MAX_VALUE;

    private static final Logger LOG = LoggerFactory.getLogger(AdminCommands.class);

    private final Set<String> admins;
    private final KnowledgeBase knowledge;
    private final KnowledgeReloader reloader;
    private final UnansweredQuestions unanswered;
    private final SlackGateway slack;
    private final SlackWork work;

    public AdminCommands(Set<String> admins, KnowledgeBase knowledge, KnowledgeReloader reloader, UnansweredQuestions unanswered,
            SlackGateway slack, SlackWork work) {
        this.admins = Set.copyOf(admins);
        this.knowledge = knowledge;
        this.reloader = reloader;
        this.unanswered = unanswered;
        this.slack = slack;
        this.work = work;
    }

    /**
     * The private reply that acknowledges {@code /skills-admin text} from {@code user}. A reload runs
     * after the acknowledgement (it can take longer than Slack's 3 seconds) and its outcome goes to
     * {@code responseUrl}.
     */
    public SlackMessage run(String user, String text, String responseUrl) {
        if (user == null || !admins.contains(user)) {
            LOG.warn("refused /skills-admin from a user who is not in SKILLS_GUIDE_ADMINS");
            return AdminReplies.refused();
        }
        String[] words = (text == null ? "" : text.strip()).split("\\s+");
        String subcommand = words[0].toLowerCase(Locale.ROOT);
        LOG.info("admin command {}", subcommand.isEmpty() ? "help" : subcommand);
        return switch (subcommand) {
            case "", "help" -> AdminReplies.help();
            case "status" -> status();
            case "reload" -> reload(responseUrl);
            case "unanswered" -> unanswered(words.length > 1 ? words[1] : String.valueOf(DEFAULT_DAYS));
            default -> AdminReplies.unknown(words[0]);
        };
    }

    private SlackMessage status() {
        int distinct = unanswered.mostFrequent(Duration.ofDays(DEFAULT_DAYS), COUNT_ALL).size();
        return AdminReplies.status(knowledge.current(), reloader.lastReload(), distinct);
    }

    private SlackMessage reload(String responseUrl) {
        work.later("admin reload", () -> {
            SlackMessage reply;
            try {
                ReloadOutcome outcome = reloader.reload();
                reply = AdminReplies.reloaded(outcome);
            } catch (RuntimeException e) {
                LOG.error("admin reload failed; still answering from the data loaded before", e);
                reply = AdminReplies.reloadBroke(e);
            }
            JsonObject extra = new JsonObject();
            extra.addProperty("replace_original", false);
            slack.respond(responseUrl, reply, extra, SlackGateway.Notice.nobody());
        });
        return AdminReplies.reloading();
    }

    private SlackMessage unanswered(String daysText) {
        int days;
        try {
            days = Integer.parseInt(daysText);
        } catch (NumberFormatException e) {
            return AdminReplies.badDays(daysText);
        }
        if (days < 1 || days > MAX_DAYS) {
            return AdminReplies.badDays(daysText);
        }
        return AdminReplies.unanswered(days, unanswered.mostFrequent(Duration.ofDays(days), UNANSWERED_SHOWN));
    }
}
