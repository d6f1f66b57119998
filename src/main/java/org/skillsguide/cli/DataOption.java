package org.skillsguide.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data} option every command shares. */
final class DataOption {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "${env:SKILLS_GUIDE_DATA:-index-data}",
            description = "The index-data directory (default: $SKILLS_GUIDE_DATA, else ./index-data; now ${DEFAULT-VALUE}).")
    Path directory;
}
