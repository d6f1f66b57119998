package org.skillsguide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.skillsguide.answer.render.TerminalRenderer;
import org.skillsguide.knowledge.Knowledge;
import org.skillsguide.knowledge.KnowledgeBase;
import org.skillsguide.knowledge.KnowledgeLoader;
import org.skillsguide.knowledge.KnowledgeReloader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code chat}: a terminal conversation with line editing and history. */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat in the terminal: the same answers as in Slack, as text.")
final class ChatCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Override
    public Integer call() throws IOException {
        KnowledgeLoader loader = new KnowledgeLoader();
        KnowledgeBase base = new KnowledgeBase(loader.load(data.directory));
        Knowledge knowledge = base.current();
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(daemon());
        try (Terminal terminal = TerminalBuilder.builder().name("skills-guide").build();
                KnowledgeReloader reloader = new KnowledgeReloader(data.directory, base, loader, Clock.systemUTC())) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".skills_guide_history"))
                    .build();
            // A reload may finish while the user types: print above the prompt, not into the line.
            reloader.onReload(outcome -> reader.printAbove("[" + outcome.describe() + "]"));
            watchQuietly(reloader, scheduler);
            PrintWriter out = terminal.writer();
            out.printf("Skills Guide — %d roles, %d skills. Ask a question, \"help\", \"reload\" or \"exit\".%n",
                    knowledge.framework().roleCount(), knowledge.framework().skills().size());
            if (knowledge.hasErrors()) {
                out.println("Some data could not be loaded; run `check` for details.");
            }
            while (true) {
                String line;
                try {
                    line = reader.readLine("you> ");
                } catch (UserInterruptException e) {
                    continue;
                } catch (EndOfFileException e) {
                    return 0;
                }
                String command = line.strip().toLowerCase(Locale.ROOT);
                if (command.equals("exit") || command.equals("quit")) {
                    return 0;
                }
                if (command.isEmpty()) {
                    continue;
                }
                if (command.equals("reload")) {
                    try {
                        reloader.reload();
                    } catch (RuntimeException e) {
                        out.println("[Reload failed (" + e.getMessage() + "); still answering from the data loaded before]");
                    }
                    continue;
                }
                out.println();
                out.println(TerminalRenderer.render(base.current().engine().answer(line)));
                out.println();
                out.flush();
            }
        } finally {
            scheduler.shutdownNow();
        }
    }

    /** The chat works without the watch (e.g. on a file system that cannot watch); it says so. */
    private void watchQuietly(KnowledgeReloader reloader, ScheduledExecutorService scheduler) {
        try {
            reloader.watch(scheduler, Duration.ofMillis(500));
        } catch (IOException e) {
            System.err.println("Not watching " + data.directory + " for changes (" + e.getMessage() + "); use \"reload\".");
        }
    }

    private static ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable, "skills-guide-reload");
            thread.setDaemon(true);
            return thread;
        };
    }
}
