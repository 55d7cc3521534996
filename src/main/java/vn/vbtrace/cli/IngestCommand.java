package vn.vbtrace.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.vbtrace.ingest.IngestReport;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.system.Stores;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Parses, extracts, indexes and links every file under the given paths. */
@Command(name = "ingest", description = "Ingest files and folders (txt, html, pdf, doc, docx, odt, rtf); idempotent.")
final class IngestCommand extends BaseCommand {

    @Parameters(paramLabel = "PATH", arity = "1..*")
    List<Path> paths;

    @Override
    protected int run() throws InterruptedException {
        boolean showBar = !json && System.console() != null;
        ProgressBar[] holder = new ProgressBar[1];
        Consumer<String> progress = source -> {
            if (holder[0] != null) {
                holder[0].step();
                holder[0].setExtraMessage(source);
            }
        };
        Consumer<Integer> total = count -> {
            if (showBar) {
                holder[0] = new ProgressBarBuilder().setTaskName("Ingest").setInitialMax(count)
                        .setStyle(ProgressBarStyle.ASCII).build();
            }
        };
        IngestReport report;
        Optional<ServerClient> server = server();
        if (server.isPresent()) {
            report = new ServerIngest(server.get()).ingest(paths, progress, total);
        } else {
            try (Stores stores = Stores.open(dataFolder(), new Pipeline())) {
                report = stores.ingester().ingest(paths, progress, total);
            }
        }
        if (holder[0] != null) {
            holder[0].close();
        }
        for (IngestReport.Failure failure : report.failed()) {
            err().println("vbtrace ingest: " + failure.path() + ": " + failure.error());
        }
        err().flush();
        if (json) {
            printJson(report);
        } else {
            out().printf("ingested %d, unchanged %d, failed %d%n", report.ingested(), report.unchanged(), report.failed().size());
        }
        return report.failed().isEmpty() ? OK : INPUT_FAILURE;
    }
}
