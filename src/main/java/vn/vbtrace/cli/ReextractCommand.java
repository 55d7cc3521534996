package vn.vbtrace.cli;

import picocli.CommandLine.Command;
import vn.vbtrace.ingest.IngestReport;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.ingest.ReextractReport;
import vn.vbtrace.system.Stores;

/**
 * Derives every stored document again from its original file: after staff edit a vocabulary
 * (a body alias, an issuer code) the repository catches up without anyone re-uploading a file.
 */
@Command(name = "reextract", description = "Extract, index and link every stored original again (after a vocabulary or extractor change).")
final class ReextractCommand extends BaseCommand {

    @Override
    protected int run() {
        ReextractReport report;
        java.util.Optional<ServerClient> server = server();
        if (server.isPresent()) {
            report = server.get().post("/api/reextract", java.util.Map.of(), ReextractReport.class);
        } else try (Stores stores = Stores.open(dataFolder(), new Pipeline())) {
            report = stores.ingester().reextract(source -> {
                if (!json) {
                    err().println("re-extracted " + source);
                }
            });
        }
        for (IngestReport.Failure failure : report.failed()) {
            err().println("vbtrace reextract: " + failure.path() + ": " + failure.error());
        }
        err().flush();
        if (json) {
            printJson(report);
        } else {
            out().printf("re-extracted %d, retired %d old ids, failed %d%n", report.reextracted(), report.retired(), report.failed().size());
        }
        return report.failed().isEmpty() ? OK : INPUT_FAILURE;
    }
}
