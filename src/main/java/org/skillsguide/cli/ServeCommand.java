package org.skillsguide.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import org.skillsguide.config.ServeSettings;
import org.skillsguide.config.SettingsException;
import org.skillsguide.http.SkillsGuideServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code serve} (the default): runs the Slack bot until stopped. Configured by the environment only. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Run the Slack bot: HTTP on $PORT (default 8080) with POST /slack/events, GET /health and"
                    + " GET /prometheus; Socket Mode as well when SLACK_APP_TOKEN is set.",
            "Environment: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET (HTTP), SLACK_APP_TOKEN (Socket Mode),"
                    + " SLACK_API_URL, SKILLS_GUIDE_DATA, PORT, SKILLS_GUIDE_ADMINS, LOG_FORMAT,"
                    + " REDIS_URL (event dedupe shared between instances)."
        })
final class ServeCommand implements Callable<Integer> {

    /** Answers run on a few threads; a burst beyond the queue is refused and logged rather than piling up. */
    private static final int WORK_THREADS = 8;
    private static final int WORK_QUEUE = 1_000;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        ServeSettings settings;
        try {
            settings = ServeSettings.fromEnvironment(System.getenv());
        } catch (SettingsException e) {
            err.println("skills-guide: " + e.getMessage());
            err.flush();
            return 2;
        }
        ExecutorService work = SkillsGuideServer.boundedExecutor(WORK_THREADS, WORK_QUEUE);
        SkillsGuideServer server;
        try {
            server = SkillsGuideServer.start(settings, work, Clock.systemUTC());
        } catch (SkillsGuideServer.StartupException e) {
            err.println("skills-guide: " + e.getMessage());
            err.flush();
            work.shutdownNow();
            return 1;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Skills Guide is running on port " + server.port() + (settings.socketMode() ? " (Slack via Socket Mode)" : " (Slack via HTTP: POST /slack/events)"));
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            work.shutdown();
            stopped.countDown();
        }, "shutdown"));
        stopped.await();
        return 0;
    }
}
