package vn.vbtrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.search.SearchService;
import vn.vbtrace.system.Stores;
import vn.vbtrace.trace.ObligationExport;
import vn.vbtrace.trace.ObligationService;
import vn.vbtrace.trace.Obligations;

import java.time.LocalDate;

/** Everything one body must do, across documents, with next due dates; as a table, JSON, CSV or iCalendar. */
@Command(name = "obligations", description = "A body's tasks across all documents, with deadlines; CSV and iCalendar export.")
final class ObligationsCommand extends BaseCommand {

    enum Format { TEXT, JSON, CSV, ICS }

    @Parameters(paramLabel = "BODY", description = "e.g. \"Sở Tài chính\" (diacritics optional)")
    String body;

    @Option(names = "--today", paramLabel = "YYYY-MM-DD", description = "the day overdue flags and next dates count from (default: today)")
    LocalDate today;

    @Option(names = "--format", defaultValue = "text", description = "text, json, csv or ics (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    protected void validate() {
        check(() -> SearchService.checkLength("BODY", body));
        if (body.isBlank()) {
            throw usage("hãy cho biết tên cơ quan, ví dụ \"Sở Tài chính\"");
        }
    }

    @Override
    protected int run() {
        LocalDate day = today == null ? LocalDate.now() : today;
        Obligations result = server().map(server -> server.get("/api/obligations",
                        ServerClient.query("body", body, "today", day), Obligations.class))
                .orElseGet(() -> {
                    try (Stores stores = Stores.open(dataFolder(), new Pipeline())) {
                        return new ObligationService(stores.tasks()).obligations(body, day);
                    }
                });
        Format chosen = json ? Format.JSON : format;
        switch (chosen) {
            case JSON -> printJson(result);
            case CSV -> out().print(ObligationExport.csv(result));
            case ICS -> out().print(ObligationExport.ics(result));
            case TEXT -> printTable(result);
        }
        out().flush();
        return OK;
    }

    private void printTable(Obligations result) {
        if (result.obligations().isEmpty()) {
            out().println("No obligations of " + result.body() + " found in the repository.");
        }
        for (Obligations.Obligation o : result.obligations()) {
            String due = o.nextDue() == null ? "no deadline" : o.nextDue() + (o.recurring() ? " (yearly)" : "") + (o.overdue() ? " OVERDUE" : "");
            out().printf("%-24s %-8s %s — %s%n    %s%n", due, o.role(),
                    o.document().number() != null ? o.document().number() : ExtractCommand.nullToDash(o.document().title()),
                    o.body(), ExtractCommand.abbreviate(o.task()));
        }
    }
}
