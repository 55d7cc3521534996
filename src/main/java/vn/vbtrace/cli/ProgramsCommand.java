package vn.vbtrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.vbtrace.graph.DocumentRef;
import vn.vbtrace.graph.ProgramLineage;
import vn.vbtrace.graph.ProgramRef;
import vn.vbtrace.graph.ProgramSummary;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.system.Stores;
import vn.vbtrace.trace.ProgramService;

/** The programs in the repository, or one with its lineage and the documents that carry it out. */
@Command(name = "programs", description = "Programs with their period, approving decision and lineage.")
final class ProgramsCommand extends BaseCommand {

    @Parameters(paramLabel = "KEY", arity = "0..1",
            description = "a program key or the number of the decision approving it, e.g. 1322/QĐ-TTg")
    String key;

    @Override
    protected int run() {
        try (Stores stores = Stores.open(dataFolder(), new Pipeline())) {
            ProgramService programs = new ProgramService(stores.graph());
            if (key == null) {
                ProgramService.Programs all = programs.all();
                if (json) {
                    printJson(all);
                } else {
                    all.programs().forEach(p -> out().println(line(p)));
                    out().printf("%d programs%n", all.programs().size());
                }
                return OK;
            }
            ProgramLineage lineage = programs.lineage(key);
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
