package org.skillsguide.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.skillsguide.framework.Framework;
import org.skillsguide.framework.load.Problem;
import org.skillsguide.knowledge.Knowledge;
import org.skillsguide.knowledge.KnowledgeLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code check}: load and validate the data, print what was found and every problem. */
@Command(name = "check", mixinStandardHelpOptions = true, description = "Validate the data directory: counts and every problem, exit 1 on errors.")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    DataOption data;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Knowledge knowledge = new KnowledgeLoader().load(data.directory);
        PrintWriter out = spec.commandLine().getOut();
        Framework framework = knowledge.framework();
        long errors = knowledge.problems().stream().filter(Problem::isError).count();
        long warnings = knowledge.problems().size() - errors;
        out.printf("Data: %s%n", data.directory.toAbsolutePath().normalize());
        out.printf("families: %d%nroles: %d%nrole levels: %d%nskills: %d%nstatements: %d%n",
                framework.families().size(),
                framework.roleCount(),
                framework.levelCount(),
                framework.skills().size(),
                knowledge.index().statementCount());
        for (Problem problem : knowledge.problems()) {
            out.println(problem);
        }
        out.printf("%d errors, %d warnings%n", errors, warnings);
        out.flush();
        return errors > 0 ? 1 : 0;
    }
}
