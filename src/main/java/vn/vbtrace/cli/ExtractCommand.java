package vn.vbtrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Reference;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.search.ExtractionReport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the pipeline on one file and prints what it found; stores nothing, starts no database. */
@Command(name = "extract", description = "Extract metadata, references and assignments from one file without storing it.")
final class ExtractCommand extends BaseCommand {

    @Parameters(paramLabel = "FILE", description = "a txt, html, pdf, doc, docx, odt or rtf file")
    Path file;

    @Override
    protected int run() throws Exception {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("không có tệp " + file);
        }
        IngestedDocument doc = new Pipeline().process(file.getFileName().toString(), Files.readAllBytes(file), file.toString());
        ExtractionReport report = ExtractionReport.of(doc);
        if (json) {
            printJson(report);
            return OK;
        }
        var meta = report.document();
        out().printf("%s %s — %s%n  issuer: %s  date: %s  place: %s  signer: %s%n", nullToDash(meta.type()),
                nullToDash(meta.number()), nullToDash(meta.title()), nullToDash(meta.issuer()), meta.issuedDate(),
                nullToDash(meta.place()), nullToDash(meta.signer()));
        out().printf("References (%d):%n", report.references().size());
        for (Reference r : report.references()) {
            out().printf("  %-12s %-22s %s %s%n", r.relation(), r.number() == null ? r.title() : r.number(),
                    r.date() == null ? "" : r.date(), r.knownIssuer() == null ? "" : r.knownIssuer());
        }
        out().printf("Assignments (%d):%n", report.assignments().size());
        for (Assignment a : report.assignments()) {
            out().printf("  %-8s %s: %s%s%n", a.role(), a.body(), abbreviate(a.task()), a.deadline() == null ? "" : " [" + a.deadline() + "]");
        }
        return OK;
    }

    static String nullToDash(String value) {
        return value == null ? "-" : value;
    }

    static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 99) + "…";
    }
}
