package vn.vbtrace.check;

import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.Reference;
import vn.vbtrace.graph.GraphDocument;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.parse.DocumentParser;
import vn.vbtrace.parse.ParseException;
import vn.vbtrace.validity.Validity;
import vn.vbtrace.validity.ValidityService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The legal check of a draft: each citation against the repository's record. A first version:
 * existence, number form, date, issuer, the draft's own date, and replacement or repeal by a
 * document in the repository.
 */
public final class CheckService {

    private final Pipeline pipeline;
    private final GraphStore graph;
    private final ValidityService validity;
    private final DocumentParser parser = new DocumentParser();

    public CheckService(Pipeline pipeline, GraphStore graph, ValidityService validity) {
        this.pipeline = pipeline;
        this.graph = graph;
        this.validity = validity;
    }

    public CheckService(Pipeline pipeline, GraphStore graph) {
        this(pipeline, graph, new ValidityService(graph));
    }

    public CheckReport checkFile(String fileName, byte[] bytes) throws ParseException {
        return checkText(parser.parse(fileName, bytes).text());
    }

    public CheckReport checkText(String draft) {
        if (draft == null || draft.isBlank()) {
            throw new IllegalArgumentException("the draft is empty");
        }
        Extraction extraction = pipeline.extractText(draft);
        LocalDate draftDate = extraction.document().issuedDate();
        List<CheckReport.CitationCheck> citations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Reference reference : extraction.references()) {
            // A draft that names the same document the same way twice gets one verdict, at its first mention.
            String key = (reference.number() != null ? DocumentNumbers.key(reference.number()) : reference.title())
                    + "|" + reference.date() + "|" + reference.issuer();
            if (seen.add(key)) {
                citations.add(check(reference, draftDate));
            }
        }
        int ok = (int) citations.stream().filter(c -> c.verdicts().equals(List.of(Verdict.OK))).count();
        return new CheckReport(citations, new CheckReport.Summary(ok, citations.size() - ok));
    }

    private CheckReport.CitationCheck check(Reference reference, LocalDate draftDate) {
        List<Verdict> verdicts = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        CheckReport.Match match = null;
        if (reference.number() != null && !NumberForm.isWellFormed(reference.number())) {
            verdicts.add(Verdict.MALFORMED_NUMBER);
            messages.add("the number " + reference.number() + " does not have the form of Nghị định 30/2020/NĐ-CP or the party's numbering");
        }
        Optional<GraphDocument> found = reference.number() == null ? Optional.empty() : graph.findByNumber(reference.number());
        if (found.isEmpty() || found.get().stub()) {
            verdicts.add(Verdict.NOT_FOUND);
            String what = reference.number() != null ? reference.number() : reference.title();
            messages.add(found.isEmpty()
                    ? what + " is not in the repository"
                    : what + " is not in the repository; " + found.get().citedByCount() + " document(s) in it cite it" + mentionDates(found.get()));
            match = found.map(stub -> match(stub, validity.statusOf(stub.id()).orElse(null))).orElse(null);
        } else {
            GraphDocument doc = found.get();
            Validity status = validity.statusOf(doc.id()).orElse(null);
            match = match(doc, status);
            compare(reference, doc, verdicts, messages);
            ValidityVerdicts.add(doc, status, verdicts, messages);
        }
        if (draftDate != null && reference.date() != null && reference.date().isAfter(draftDate)) {
            verdicts.add(Verdict.ISSUED_AFTER_DRAFT);
            messages.add("cited as issued on " + reference.date() + ", after the draft's date " + draftDate);
        }
        if (verdicts.isEmpty()) {
            verdicts.add(Verdict.OK);
        }
        return new CheckReport.CitationCheck(reference.text(), reference.number(), reference.title(),
                reference.relation().name(), reference.date(), reference.start(), reference.end(), verdicts, messages, match);
    }

    private void compare(Reference reference, GraphDocument doc, List<Verdict> verdicts, List<String> messages) {
        if (reference.date() != null && doc.issuedDate() != null && !reference.date().equals(doc.issuedDate())) {
            verdicts.add(Verdict.DATE_MISMATCH);
            messages.add("cited as dated " + reference.date() + "; " + doc.number() + " is dated " + doc.issuedDate());
        }
        if (reference.issuer() != null && doc.issuer() != null && !sameIssuer(reference.issuer(), doc.issuer())) {
            verdicts.add(Verdict.ISSUER_MISMATCH);
            messages.add("cited as issued by " + reference.issuer() + "; " + doc.number() + " was issued by " + doc.issuer());
        }
        if (reference.type() != null && doc.type() != null && !DocumentNumbers.fold(reference.type()).equals(DocumentNumbers.fold(doc.type()))) {
            verdicts.add(Verdict.TYPE_MISMATCH);
            messages.add("cited as a " + reference.type() + "; " + doc.number() + " is a " + doc.type());
        }
    }

    /** "Ủy ban nhân dân tỉnh X" and "UBND tỉnh X" are one issuer. */
    static boolean sameIssuer(String a, String b) {
        return Objects.equals(issuerKey(a), issuerKey(b));
    }

    private static String issuerKey(String issuer) {
        return DocumentNumbers.fold(issuer).replace("uy ban nhan dan", "ubnd").replaceAll("\\s+", " ").strip();
    }

    private String mentionDates(GraphDocument stub) {
        List<String> dates = graph.incoming(stub.id()).stream()
                .filter(link -> link.citedDate() != null)
                .map(link -> link.number() + " dates it " + link.citedDate())
                .distinct().toList();
        return dates.isEmpty() ? "" : " (" + String.join("; ", dates) + ")";
    }

    /** The status is the validity service's (UNKNOWN when it cannot tell); a stub it knows nothing of is "not in the repository". */
    private static CheckReport.Match match(GraphDocument doc, Validity validity) {
        String status = validity != null && validity.known() ? validity.status().name()
                : doc.stub() ? "not in the repository" : "UNKNOWN";
        return new CheckReport.Match(doc.id(), doc.number(), doc.type(), doc.issuer(), doc.issuedDate(),
                status, doc.stub(), doc.citedByCount());
    }
}
