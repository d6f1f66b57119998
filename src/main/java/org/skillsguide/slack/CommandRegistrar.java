package org.skillsguide.slack;

import com.slack.api.bolt.App;
import java.util.List;
import java.util.stream.Stream;
import org.skillsguide.slack.listener.AdminCommandListener;
import org.skillsguide.slack.listener.SlashCommandListener;

/** The slash commands. {@link #COMMANDS} is what the manifests must declare (a test compares them). */
public final class CommandRegistrar implements Registrar {

    /** The commands that ask a question; each is answered with a private card. */
    public static final List<String> QUESTION_COMMANDS = List.of("/role", "/skills", "/skill");

    /** Every command registered: the questions and the admins' {@link AdminCommands#COMMAND}. */
    public static final List<String> COMMANDS = Stream.concat(QUESTION_COMMANDS.stream(), Stream.of(AdminCommands.COMMAND)).toList();

    private final SlashCommandListener questions;
    private final AdminCommandListener admin;

    public CommandRegistrar(Questions questions, AdminCommands admin) {
        this.questions = new SlashCommandListener(questions);
        this.admin = new AdminCommandListener(admin);
    }

    @Override
    public void register(App app) {
        QUESTION_COMMANDS.forEach(command -> app.command(command, questions));
        app.command(AdminCommands.COMMAND, admin);
    }
}
