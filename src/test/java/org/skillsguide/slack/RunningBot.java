package org.skillsguide.slack;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.skillsguide.http.SkillsGuideServer;

/**
 * The real server on a free port, a fake Slack Web API it answers through, and a sender that signs
 * requests as Slack does: one per test class, closed in the order that leaves nothing running.
 */
final class RunningBot implements AutoCloseable {

    private final FakeSlackApi slack;
    private final ExecutorService work;
    private final SkillsGuideServer server;
    private final SlackSender sender;

    private RunningBot(FakeSlackApi slack, ExecutorService work, SkillsGuideServer server) {
        this.slack = slack;
        this.work = work;
        this.server = server;
        this.sender = new SlackSender(server.port(), TestServers.SIGNING_SECRET, TestServers.CLOCK);
    }

    /** Starts the bot with answers on {@code work}, with the default Slack call policy. */
    static RunningBot start(ExecutorService work) throws Exception {
        return start(work, env -> { }, SlackCallPolicy.DEFAULT);
    }

    /**
     * @param settings changes to the test environment (e.g. admins)
     * @param calls the Slack calls' timeouts and retries
     */
    static RunningBot start(ExecutorService work, Consumer<Map<String, String>> settings, SlackCallPolicy calls)
            throws Exception {
        FakeSlackApi slack = new FakeSlackApi();
        try {
            Map<String, String> env = TestServers.environment(slack);
            settings.accept(env);
            return new RunningBot(slack, work, TestServers.start(env, work, calls));
        } catch (RuntimeException e) {
            slack.close();
            work.shutdownNow();
            throw e;
        }
    }

    FakeSlackApi slack() {
        return slack;
    }

    SkillsGuideServer server() {
        return server;
    }

    SlackSender sender() {
        return sender;
    }

    /** Where answers run after the acknowledgement; a task submitted last runs after them. */
    ExecutorService work() {
        return work;
    }

    @Override
    public void close() throws Exception {
        server.close();
        work.shutdownNow();
        work.awaitTermination(10, TimeUnit.SECONDS);
        slack.close();
    }
}
