package org.skillsguide.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.skillsguide.answer.render.TerminalRenderer;
import org.skillsguide.knowledge.Knowledge;
import org.skillsguide.knowledge.KnowledgeLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code chat}: a terminal conversation with line editing and history. */
@Command(name = "chat", mixinStandardHelpOptions = true, description = "Chat in the terminal: the same answers as in Slack, as text.")
final class ChatCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Override
    public Integer call() throws IOException {
        Knowledge knowledge = new KnowledgeLoader().load(data.directory);
        try (Terminal terminal = TerminalBuilder.builder().name("skills-guide").build()) {
            LineReader reader = LineReaderBuilder.builder()
                    .terminal(terminal)
                    .variable(LineReader.HISTORY_FILE, Path.of(System.getProperty("user.home"), ".skills_guide_history"))
                    .build();
            PrintWriter out = terminal.writer();
            out.printf("Skills Guide — %d roles, %d skills. Ask a question, \"help\", or \"exit\".%n",
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
                out.println();
                out.println(TerminalRenderer.render(knowledge.engine().answer(line)));
                out.println();
                out.flush();
            }
        }
    }
}
