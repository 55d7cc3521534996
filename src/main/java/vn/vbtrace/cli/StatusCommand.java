package vn.vbtrace.cli;

import java.util.Map;
import java.util.Optional;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vbtrace.graph.GraphDocument;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.search.NotFoundException;
import vn.vbtrace.system.Stores;
import vn.vbtrace.validity.Validity;
import vn.vbtrace.validity.ValidityStatus;
import vn.vbtrace.validity.ValidityService;

/** Whether a document is in force and where that comes from; with --set, a staff member's record of it. */
@Command(name = "status", description = "Whether a document is in force; --set records a staff decision.")
final class StatusCommand extends BaseCommand {

    @Parameters(paramLabel = "NUMBER", description = "the document's number, e.g. 712/QĐ-TTg")
    String number;

    @Option(names = "--set", paramLabel = "STATUS", description = "IN_FORCE, NOT_YET_IN_FORCE, EXPIRED, PARTLY_EXPIRED, REPLACED or UNKNOWN (withdraws the staff decision)")
    ValidityStatus set;

    @Option(names = "--note", paramLabel = "TEXT", description = "why, e.g. \"Hết hiệu lực theo Quyết định số ...\" (needed with --set)")
    String note;

    @Option(names = "--by", paramLabel = "NAME", description = "who decided (needed with --set)")
    String by;

    @Override
    protected void validate() {
        if (set == null && (note != null || by != null)) {
            throw usage("--note và --by đi cùng --set STATUS");
        }
        if (set != null && (note == null || note.isBlank() || by == null || by.isBlank())) {
            throw usage("--set cần --note (căn cứ ghi nhận) và --by (người ghi nhận)");
        }
    }

    @Override
    protected int run() {
        Validity validity;
        Optional<ServerClient> server = server();
        if (server.isPresent()) {
            validity = set == null
                    ? server.get().get("/api/documents/by-number/status", ServerClient.query("number", number), Validity.class)
                    : server.get().putJson("/api/documents/by-number/status", ServerClient.query("number", number),
                    Map.of("status", set.name(), "note", note, "setBy", by), Validity.class);
        } else try (Stores stores = Stores.open(dataFolder(), new Pipeline())) {
            GraphDocument doc = stores.graph().findByNumber(number).orElseThrow(() -> new NotFoundException(
                    "document-not-found", "không có văn bản số " + number.strip() + " trong kho, cũng không văn bản nào trong kho dẫn chiếu đến nó"));
            ValidityService service = stores.validity();
            validity = (set == null ? service.statusOf(doc.id()) : service.record(doc.id(), set.name(), note, by)).orElseThrow();
        }
        if (json) {
            printJson(validity);
            return OK;
        }
        out().println(describe(validity));
        return OK;
    }

    static String describe(Validity v) {
        StringBuilder line = new StringBuilder(v.number() + ": " + v.status());
        if (v.replacedBy() != null) {
            line.append(" by ").append(v.replacedBy().number());
        }
        if (v.source() != null) {
            line.append(" (").append(v.source());
            if (v.setBy() != null) {
                line.append(", ").append(v.setBy()).append(" on ").append(v.setAt().toString(), 0, 10);
            }
            if (v.evidence() != null) {
                line.append(": ").append(v.evidence());
            }
            line.append(')');
        }
        return line.toString();
    }
}
