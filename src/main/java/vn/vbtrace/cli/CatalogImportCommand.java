package vn.vbtrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vbtrace.catalog.CatalogImporter;
import vn.vbtrace.catalog.CatalogReport;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.system.Stores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads catalog records (CSV or JSON Lines) and their relations into the graph, in batches, idempotently;
 * progress goes to stderr after every batch, the summary to stdout.
 */
@Command(name = "import", description = "Import catalog records (CSV or JSON Lines; columns in the README) and relations.")
final class CatalogImportCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "record files (a file of relations is recognised by its columns)")
    List<Path> files;

    @Option(names = "--relations", paramLabel = "FILE", description = "a relations file: from_number, to_number, relation")
    List<Path> relations = new ArrayList<>();

    @Override
    protected int run() {
        for (Path file : concat()) {
            if (!Files.isRegularFile(file)) {
                throw new UserInputException(file + ": no such file");
            }
        }
        CatalogReport report;
        try (Stores stores = Stores.open(dataFolder(), new Pipeline())) {
            long started = System.nanoTime();
            report = new CatalogImporter(stores.graph(), stores.statuses()::refresh).importFiles(files, relations, (phase, rows) -> {
                err().printf("catalog import: %,d %s (%d s)%n", rows, phase, (System.nanoTime() - started) / 1_000_000_000);
                err().flush();
            });
        }
        for (CatalogReport.Failure failure : report.failed()) {
            err().println("vbtrace catalog import: " + failure.path() + (failure.line() > 0 ? ":" + failure.line() : "") + ": "
                    + failure.error());
        }
        err().flush();
        if (json) {
            printJson(report);
        } else {
            out().printf("imported %d, unchanged %d, relations %d, failed %d%n", report.imported(), report.unchanged(),
                    report.relations(), report.failedCount());
        }
        return report.failedCount() == 0 ? OK : INPUT_FAILURE;
    }

    private List<Path> concat() {
        List<Path> all = new ArrayList<>(files);
        all.addAll(relations);
        return all;
    }
}
