package vn.vbtrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.vbtrace.check.CheckReport;
import vn.vbtrace.check.CheckService;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.system.Stores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** The legal check of a draft: every citation against the repository. */
@Command(name = "check", description = "Check every citation of a draft against the repository.")
final class CheckCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE")
    Path file;

    @Override
    protected int run() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("không có tệp " + file);
        }
        Optional<ServerClient> server = server();
        CheckReport report;
        if (server.isPresent()) {
            report = server.get().postFileAs("/api/check", Map.of(), file, CheckReport.class);
        } else {
            byte[] bytes = Files.readAllBytes(file);
            Pipeline pipeline = new Pipeline();
            try (Stores stores = Stores.open(dataFolder(), pipeline)) {
                report = new CheckService(pipeline, stores.graph(), stores.index(), stores.validity()).checkFile(file.getFileName().toString(), bytes);
            }
        }
        if (json) {
            printJson(report);
            return OK;
        }
        for (CheckReport.CitationCheck c : report.citations()) {
            out().printf("%-22s %s%n", c.number() != null ? c.number() : c.title(), c.verdicts());
            for (String message : c.messages()) {
                out().println("    " + message);
            }
        }
        out().printf("%d ok, %d with problems%n", report.summary().ok(), report.summary().problems());
        return OK;
    }
}
