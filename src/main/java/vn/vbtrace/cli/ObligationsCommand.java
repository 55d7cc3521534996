package vn.vbtrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.search.SearchService;
import vn.vbtrace.system.Stores;
import vn.vbtrace.trace.ObligationExport;
import vn.vbtrace.trace.ObligationService;
import vn.vbtrace.trace.Obligations;

import java.time.LocalDate;
import java.util.Optional;

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

    @Mixin
    CursorPaging page = new CursorPaging();

    @Override
    protected void validate() {
        check(() -> SearchService.checkPaging(page.limit, 0));
        check(() -> SearchService.checkLength("BODY", body));
        if (body.isBlank()) {
            throw usage("hãy cho biết tên cơ quan, ví dụ \"Sở Tài chính\"");
        }
    }

    @Override
    protected int run() {
        LocalDate day = today == null ? LocalDate.now() : today;
        Format chosen = json ? Format.JSON : format;
        if (chosen == Format.CSV || chosen == Format.ICS) {
            return export(chosen, day);
        }
        Obligations result = server().map(server -> pageThrough(server, day, page.limit, page.after))
                .orElseGet(() -> {
                    try (Stores stores = Stores.open(dataFolder(), new Pipeline())) {
                        return new ObligationService(stores.tasks()).obligations(body, day, page.limit, page.after);
                    }
                });
        if (chosen == Format.JSON) {
            printJson(result);
        } else {
            printTable(result);
        }
        out().flush();
        return OK;
    }

    /** Every duty, written a page of a thousand at a time, from the server when one holds the folder. */
    private int export(Format chosen, LocalDate day) {
        Optional<ServerClient> server = server();
        try (Stores stores = server.isPresent() ? null : Stores.open(dataFolder(), new Pipeline())) {
            Iterable<Obligations> pages = server.isPresent()
                    ? ObligationService.pages(cursor -> pageThrough(server.get(), day, SearchService.MAX_LIMIT, cursor))
                    : new ObligationService(stores.tasks()).pages(body, day);
            if (chosen == Format.CSV) {
                ObligationExport.csv(pages, out());
            } else {
                ObligationExport.ics(pages, out());
            }
        }
        out().flush();
        return OK;
    }

    private Obligations pageThrough(ServerClient server, LocalDate day, int size, String cursor) {
        return server.get("/api/obligations", ServerClient.query("body", body, "today", day, "limit", size, "after", cursor),
                Obligations.class);
    }

    private void printTable(Obligations result) {
        if (result.obligations().isEmpty()) {
            out().println("No obligations of " + result.body() + " found in the repository.");
        } else {
            out().printf("%d obligations of %s, %d overdue (as of %s)%n", result.total(), result.body(), result.overdueCount(), result.today());
        }
        for (Obligations.Obligation o : result.obligations()) {
            String due = o.nextDue() == null ? "no deadline" : o.nextDue() + (o.recurring() ? " (yearly)" : "") + (o.overdue() ? " OVERDUE" : "");
            out().printf("%-24s %-8s %s — %s%n    %s%n", due, o.role(),
                    o.document().number() != null ? o.document().number() : ExtractCommand.nullToDash(o.document().title()),
                    o.body(), ExtractCommand.abbreviate(o.task()));
            printSuccessor(o.successor());
        }
        if (result.next() != null) {
            out().println("More: --after " + result.next());
        }
    }
}
