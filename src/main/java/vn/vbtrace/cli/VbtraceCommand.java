package vn.vbtrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; each sub-command is one of CONTRACT.md's. Every sub-command inherits --help and --version. */
@Command(name = "vbtrace", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "vbtrace 0.1",
        description = "Knowledge and traceability repository for Vietnamese government documents.",
        subcommands = {IngestCommand.class, ExtractCommand.class, SearchCommand.class, ResponsibleCommand.class, ObligationsCommand.class,
                ChainCommand.class, CheckCommand.class, ServeCommand.class, ReextractCommand.class, ProgramsCommand.class,
                StatusCommand.class, CatalogCommand.class, UsersCommand.class})
public final class VbtraceCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
    }

    public static CommandLine commandLine() {
        // picocli looks for Groovy's Closure class when it first builds a command; the miss reads every jar of the
        // class path (350 of them, 0.2 s of each command). No command here is written in Groovy.
        System.setProperty("picocli.disable.closures", "true");
        CommandLine cli = new CommandLine(new VbtraceCommand());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // A usage error: one line naming the command and what was wrong, exit status 2 (and {"error": ...} with --json).
        cli.setParameterExceptionHandler((e, args) -> {
            CommandLine failed = e.getCommandLine();
            String line = failed.getCommandSpec().qualifiedName() + ": " + e.getMessage();
            failed.getErr().println(line + " (" + failed.getCommandSpec().qualifiedName() + " --help)");
            failed.getErr().flush();
            if (java.util.Arrays.asList(args).contains("--json")) {
                failed.getOut().println(vn.vbtrace.document.Json.write(java.util.Map.of("error", e.getMessage())));
                failed.getOut().flush();
            }
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        // No execution-exception handler: BaseCommand.call maps every failure of a command to one line and an exit code.
        return cli;
    }
}
