package org.skillsguide.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one jar's command line: ask, chat, check and serve. */
@Command(
        name = "skills-guide",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Explains the roles and skills of a capability framework, in Slack and in a terminal.",
        subcommands = {AskCommand.class, ChatCommand.class, CheckCommand.class, ServeCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit status (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        CommandLine commandLine = new CommandLine(new Main());
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("skills-guide: " + e.getMessage());
            return 2;
        });
        // No command means the deployed bot: `java -jar skills-guide.jar` serves.
        return commandLine.execute(args.length == 0 ? new String[] {"serve"} : args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"skills-guide " + (version == null ? "(development)" : version)};
        }
    }
}
