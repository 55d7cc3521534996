package vn.vbtrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.List;

/** The root command; each sub-command is one of CONTRACT.md's. Every sub-command inherits --help and --version. */
@Command(name = "vbtrace", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "vbtrace 0.1",
        description = "Knowledge and traceability repository for Vietnamese government documents.")
public final class VbtraceCommand implements Runnable {

    /** Every sub-command, each one of CONTRACT.md's, in the order {@code --help} lists them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(IngestCommand.class, ExtractCommand.class, SearchCommand.class,
            ResponsibleCommand.class, ObligationsCommand.class, ChainCommand.class, CheckCommand.class, ServeCommand.class,
            ReextractCommand.class, ProgramsCommand.class, StatusCommand.class, CatalogCommand.class, UsersCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command");
    }

    /** The command line with every sub-command. */
    public static CommandLine commandLine() {
        return commandLine(new String[0]);
    }

    /**
     * The command line that runs {@code args}: with the sub-command they name only, when they name one. picocli reads a
     * command's options by reflection as it adds it (its classes, compiled for Java 5, are left out of the AOT cache and
     * verified at every start), and building the twelve others cost about 0.1 s of every command; {@code --help}, no
     * command or an unknown one get them all, to list them or to suggest the nearest.
     */
    public static CommandLine commandLine(String[] args) {
        // picocli looks for Groovy's Closure class when it first builds a command; the miss reads every jar of the
        // class path (350 of them, 0.2 s of each command). No command here is written in Groovy.
        System.setProperty("picocli.disable.closures", "true");
        CommandLine cli = new CommandLine(new VbtraceCommand());
        List<Class<?>> named = args.length == 0 ? List.of()
                : SUBCOMMANDS.stream().filter(command -> name(command).equals(args[0])).toList();
        for (Class<?> command : named.isEmpty() ? SUBCOMMANDS : named) {
            cli.addSubcommand(command);
        }
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // A usage error: one line naming the command and what was wrong, exit status 2 (and {"error": ...} with --json).
        cli.setParameterExceptionHandler((e, given) -> {
            CommandLine failed = e.getCommandLine();
            String line = failed.getCommandSpec().qualifiedName() + ": " + e.getMessage();
            failed.getErr().println(line + " (" + failed.getCommandSpec().qualifiedName() + " --help)");
            failed.getErr().flush();
            if (java.util.Arrays.asList(given).contains("--json")) {
                failed.getOut().println(vn.vbtrace.document.Json.write(java.util.Map.of("error", e.getMessage())));
                failed.getOut().flush();
            }
            return failed.getCommandSpec().exitCodeOnInvalidInput();
        });
        // No execution-exception handler: BaseCommand.call maps every failure of a command to one line and an exit code.
        return cli;
    }

    private static String name(Class<?> command) {
        return command.getAnnotation(Command.class).name();
    }
}
