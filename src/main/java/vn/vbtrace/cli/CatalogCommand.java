package vn.vbtrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The national catalog: {@code catalog import FILE...}. */
@Command(name = "catalog", description = "The national catalog of documents the office does not hold as files.",
        subcommands = CatalogImportCommand.class)
final class CatalogCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a catalog command: import");
    }
}
