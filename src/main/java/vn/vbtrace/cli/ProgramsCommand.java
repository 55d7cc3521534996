package vn.vbtrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import vn.vbtrace.document.DocumentRef;
import vn.vbtrace.document.ProgramLineage;
import vn.vbtrace.document.ProgramRef;
import vn.vbtrace.document.ProgramSummary;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.system.Stores;
import vn.vbtrace.trace.ProgramService;

/** The programs in the repository, or one with its lineage and the documents that carry it out. */
@Command(name = "programs", description = "Programs with their period, approving decision and lineage.")
final class ProgramsCommand extends BaseCommand {

    @Parameters(paramLabel = "KEY", arity = "0..1",
            description = "a program key or the number of the decision approving it, e.g. 1322/QĐ-TTg")
    String key;

    @Mixin
    CursorPaging page = new CursorPaging();

    @Override
    protected void validate() {
        check(() -> vn.vbtrace.search.SearchService.checkPaging(page.limit, 0));
    }

    @Override
    protected int run() {
        java.util.Optional<ServerClient> server = server();
        if (server.isPresent()) {
            if (key == null) {
                return printAll(server.get().get("/api/programs",
                        ServerClient.query("limit", page.limit, "after", page.after), ProgramService.Programs.class));
            }
            // A key holds slashes (the approving decision's number): each segment is encoded, the slashes kept.
            String path = java.util.Arrays.stream(key.strip().split("/", -1))
                    .map(segment -> java.net.URLEncoder.encode(segment, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                    .collect(java.util.stream.Collectors.joining("/"));
            return printOne(server.get().get("/api/programs/" + path, java.util.Map.of(), ProgramLineage.class));
        }
        try (Stores stores = Stores.open(dataFolder(), new Pipeline())) {
            ProgramService programs = new ProgramService(stores.graph(), stores.index());
            return key == null ? printAll(programs.page(page.limit, page.after)) : printOne(programs.lineage(key));
        }
    }

    private int printAll(ProgramService.Programs all) {
        if (json) {
            printJson(all);
        } else {
            all.programs().forEach(p -> out().println(line(p)));
            out().printf("%d of %d programs%n", all.programs().size(), all.total());
            if (all.next() != null) {
                out().println("More: --after " + all.next());
            }
        }
        return OK;
    }

    private int printOne(ProgramLineage lineage) {
        if (json) {
            printJson(lineage);
            return OK;
        }
        out().println(line(lineage.program()));
        lineage.predecessors().forEach(p -> out().println("  continues " + ref(p)));
        lineage.successors().forEach(p -> out().println("  continued by " + ref(p)));
        for (DocumentRef d : lineage.implementedBy()) {
            out().println("  carried out by " + (d.number() != null ? d.number() : d.title()) + (d.stub() ? " (not in the repository)" : ""));
        }
        int more = lineage.implementedByCount() - lineage.implementedBy().size();
        if (more > 0) {
            out().printf("  and %,d more documents carrying it out%s%n", more, lineage.program().approvedBy() == null ? ""
                    : " (the chain down from " + lineage.program().approvedBy().number() + " pages through those citing it)");
        }
        return OK;
    }

    private static String line(ProgramSummary p) {
        return p.key() + "  " + period(p.fromYear(), p.toYear()) + "  " + (p.name() == null ? "" : p.name())
                + (p.approvedBy() == null ? "" : "  approved by " + p.approvedBy().number());
    }

    private static String ref(ProgramRef p) {
        return p.key() + " " + period(p.fromYear(), p.toYear())
                + (p.approvedByNumber() == null ? "" : " (" + p.approvedByNumber() + ")");
    }

    private static String period(Integer from, Integer to) {
        return (from == null ? "?" : from.toString()) + "-" + (to == null ? "?" : to.toString());
    }
}
