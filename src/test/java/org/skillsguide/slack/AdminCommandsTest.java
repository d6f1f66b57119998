package org.skillsguide.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slack.api.Slack;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.skillsguide.answer.render.SlackLimits;
import org.skillsguide.answer.render.SlackMessage;
import org.skillsguide.knowledge.Knowledge;
import org.skillsguide.knowledge.KnowledgeBase;
import org.skillsguide.knowledge.KnowledgeLoader;
import org.skillsguide.knowledge.KnowledgeReloader;
import org.skillsguide.usage.UnansweredQuestions;

/**
 * {@code /skills-admin} over real data in a temporary directory, answering to a fake Slack. Work
 * after the acknowledgement runs on the calling thread, so its response_url post has happened when
 * {@code run} returns.
 */
class AdminCommandsTest {

    private static final String ADMIN = "UADMIN1";
    private static final String STAFF = "USTAFF1";

    @TempDir
    Path data;

    private FakeSlackApi fake;
    private Slack slack;
    private KnowledgeBase base;
    private KnowledgeReloader reloader;
    private UnansweredQuestions unanswered;
    private AdminCommands admin;

    private final java.util.concurrent.ScheduledExecutorService timer = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void start() throws IOException {
        write("widgets.txt", "Widgets role: Widget engineer\nRole level: Widget engineer\n- builds widgets\n");
        fake = new FakeSlackApi();
        slack = Slack.getInstance();
        KnowledgeLoader loader = new KnowledgeLoader(TestServers.CLOCK);
        base = new KnowledgeBase(loader.load(data));
        reloader = new KnowledgeReloader(data, base, loader, TestServers.CLOCK);
        unanswered = new UnansweredQuestions(TestServers.CLOCK);
        admin = new AdminCommands(Set.of(ADMIN), base, reloader, unanswered, new SlackGateway(slack, "xoxb-test",
                new SlackRetries(TestServers.QUICK_RETRIES, SlackRetries.Timer.of(timer), Runnable::run, () -> 0.5)),
                new SlackWork(Runnable::run));
    }

    @AfterEach
    void stop() throws Exception {
        timer.shutdownNow();
        slack.close();
        fake.close();
    }

    @Test
    void refusesSomeoneNotInTheAdminListAndRunsNothing() throws IOException {
        write("gadgets.txt", "Gadgets role: Gadget fixer\nRole level: Gadget fixer\n- fixes gadgets\n");
        Knowledge before = base.current();

        for (String text : new String[] {"reload", "status", "unanswered", "help"}) {
            SlackMessage reply = admin.run(STAFF, text, fake.responseUrl("refused"));

            assertTrue(reply.ephemeral());
            assertTrue(reply.text().contains("only for the Skills Guide's admins"), reply.text());
            assertFalse(reply.text().contains(ADMIN), "the refusal does not name the admins");
        }
        assertTrue(reloader.lastReload().isEmpty(), "no reload ran");
        assertEquals(before, base.current());
        assertTrue(fake.unclaimed().isEmpty(), "nothing was sent to Slack: " + fake.unclaimed());
    }

    @Test
    void refusesAMissingUser() {
        assertTrue(admin.run(null, "reload", fake.responseUrl("x")).text().contains("only for"));
        assertTrue(reloader.lastReload().isEmpty());
    }

    @Test
    void reloadsForAnAdminAndReportsTheOutcomeThroughTheResponseUrl() throws Exception {
        write("gadgets.txt", "Gadgets role: Gadget fixer\nRole level: Gadget fixer\n- fixes gadgets\n");

        SlackMessage ack = admin.run(ADMIN, "reload", fake.responseUrl("reload"));

        assertTrue(ack.text().startsWith("Reloading"), ack.text());
        FakeSlackApi.Call told = fake.await("response_url");
        assertEquals("ephemeral", told.param("response_type"));
        assertEquals("false", told.param("replace_original"));
        assertTrue(told.param("text").startsWith("Reloaded in "), told.param("text"));
        assertTrue(told.param("text").contains("2 roles"), told.param("text"));
        assertEquals(2, base.current().framework().roleCount());
    }

    @Test
    void reportsTheFirstErrorsWithFileAndLineWhenTheReloadFailsAndKeepsTheOldData() throws Exception {
        Knowledge before = base.current();
        StringBuilder broken = new StringBuilder();
        for (int i = 0; i < 7; i++) {
            broken.append("- a bullet before any heading\n");
        }
        write("broken.txt", broken.toString());

        admin.run(ADMIN, "reload", fake.responseUrl("reload-broken"));

        String text = fake.await("response_url").param("text");
        assertTrue(text.contains("Reload failed"), text);
        assertTrue(text.contains("still answering from the data loaded before"), text);
        assertTrue(text.contains("broken.txt:1"), text);
        assertEquals(AdminReplies.ERRORS_SHOWN, text.split("broken.txt:", -1).length - 1, "the first few errors only: " + text);
        assertTrue(text.contains("more: run `skills-guide check`"), text);
        assertEquals(before, base.current());
    }

    @Test
    void showsStatusWithCountsLoadTimeAndLastReload() throws IOException {
        String before = admin.run(ADMIN, "status", null).text();
        write("broken.txt", "- a bullet before any heading\n");
        reloader.reload();
        String after = admin.run(ADMIN, "status", null).text();

        assertTrue(before.contains("1 families, 1 roles, 1 role levels"), before);
        assertTrue(before.contains("Loaded at <!date^" + TestServers.CLOCK.instant().getEpochSecond()), before);
        assertTrue(before.contains("Last reload: none since the bot started"), before);
        assertTrue(before.contains("Unanswered in the last 7 days: 0 different questions"), before);
        assertTrue(after.contains("Last reload: *failed*") && after.contains("broken.txt:1"), after);
    }

    @Test
    void listsTheMostAskedUnansweredQuestionsOfTheLastDays() {
        unanswered.record("what is <!channel> for");
        unanswered.record("basket weaving");
        unanswered.record("Basket weaving");

        String week = admin.run(ADMIN, "unanswered", null).text();
        String today = admin.run(ADMIN, "unanswered 1", null).text();

        assertTrue(week.contains("in the last 7 days"), week);
        assertTrue(week.indexOf("1. basket weaving — 2 times") < week.indexOf("2. what is &lt;!channel&gt; for — 1 time"), week);
        assertTrue(today.contains("today"), today);
    }

    @Test
    void keepsALongUnansweredListWithinSlacksLimits() {
        for (int i = 0; i < 30; i++) {
            unanswered.record(i + " " + "a pasted essay ".repeat(20));
        }

        SlackMessage reply = admin.run(ADMIN, "unanswered 30", null);

        assertEquals(java.util.List.of(), SlackLimits.violations(reply));
        assertTrue(reply.text().contains("20. "), reply.text());
        assertFalse(reply.text().contains("21. "), reply.text());
    }

    @Test
    void explainsBadDaysAndUnknownSubcommandsWithTheHelp() {
        assertTrue(admin.run(ADMIN, "unanswered lots", null).text().contains("`lots` is not a number of days"));
        assertTrue(admin.run(ADMIN, "unanswered 31", null).text().contains("is not a number of days"));
        String unknown = admin.run(ADMIN, "restart", null).text();
        assertTrue(unknown.contains("I don't know `restart`") && unknown.contains("/skills-admin reload"), unknown);
        assertTrue(admin.run(ADMIN, "", null).text().contains("/skills-admin status"));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(data.resolve(name), text);
    }
}
