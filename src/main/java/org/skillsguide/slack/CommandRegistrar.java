package org.skillsguide.slack;

import com.slack.api.bolt.App;
import java.util.List;
import org.skillsguide.slack.listener.SlashCommandListener;

/** The slash commands. {@link #COMMANDS} is what the manifests must declare (a test compares them). */
public final class CommandRegistrar implements Registrar {

    public static final List<String> COMMANDS = List.of("/role", "/skills", "/skill");

    private final SlashCommandListener listener;

    public CommandRegistrar(Questions questions) {
        this.listener = new SlashCommandListener(questions);
    }

    @Override
    public void register(App app) {
        COMMANDS.forEach(command -> app.command(command, listener));
    }
}
