package vn.vbtrace.check;

import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.Reference;
import vn.vbtrace.extract.vocab.Vocabulary;
import vn.vbtrace.graph.BasisSuggestion;
import vn.vbtrace.graph.GraphDocument;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.graph.ProgramRef;
import vn.vbtrace.graph.ProgramSummary;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.parse.DocumentParser;
import vn.vbtrace.parse.ParseException;
import vn.vbtrace.validity.Validity;
import vn.vbtrace.validity.ValiditySource;
import vn.vbtrace.validity.ValidityService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The legal check of a draft: each citation against the repository's record and against itself
 * (the type and issuer its number's codes name), with the evidence of how the repository's own
 * documents cite the same document; then the bases comparable documents rest on and the draft lacks.
 */
public final class CheckService {

    private final Pipeline pipeline;
    private final GraphStore graph;
    private final ValidityService validity;
    private final DocumentParser parser = new DocumentParser();
    private final NumberCodes codes = new NumberCodes(Vocabulary.load());

    /** More suggestions than this is a reading list, not a check. */
    static final int MAX_SUGGESTIONS = 5;

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
            throw new InvalidInputException("draft-empty", "dự thảo trống");
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
        return new CheckReport(citations, new CheckReport.Summary(ok, citations.size() - ok), suggestions(citations, draftDate));
    }

    /** Bases of comparable documents the draft does not cite, not issued after the draft. */
    private List<CheckReport.Suggestion> suggestions(List<CheckReport.CitationCheck> citations, LocalDate draftDate) {
        List<String> cited = citations.stream().map(CheckReport.CitationCheck::match).filter(Objects::nonNull)
                .map(CheckReport.Match::id).distinct().toList();
        List<CheckReport.Suggestion> suggestions = new ArrayList<>();
        for (BasisSuggestion basis : graph.basesOfPeers(cited, MAX_SUGGESTIONS * 2)) {
            if (draftDate != null && basis.issuedDate() != null && basis.issuedDate().isAfter(draftDate)) {
                continue;
            }
            String name = basis.number() != null ? basis.number() : basis.title();
            suggestions.add(new CheckReport.Suggestion(basis.id(), basis.number(), basis.title(), basis.type(),
                    basis.issuedDate(), basis.stub(), basis.peers(),
                    name + " is a legal basis of " + String.join(", ", basis.peers())
                            + " (documents citing what the draft cites), but the draft does not cite it"));
        }
        return suggestions.size() > MAX_SUGGESTIONS ? suggestions.subList(0, MAX_SUGGESTIONS) : suggestions;
    }

    private CheckReport.CitationCheck check(Reference reference, LocalDate draftDate) {
        List<Verdict> verdicts = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        CheckReport.Match match;
        if (reference.number() != null) {
            checkNumber(reference, verdicts, messages);
        }
        Optional<GraphDocument> found = reference.number() == null ? Optional.empty() : graph.findByNumber(reference.number());
        List<CheckReport.Mention> mentions = found
                .map(doc -> CitedMentions.of(doc, graph.incoming(doc.id()), reference.date())).orElse(List.of());
        // A stub too may have a status: the repository can know it was replaced or repealed by a document it holds.
        Validity status = found.flatMap(doc -> validity.statusOf(doc.id())).orElse(null);
        match = found.map(doc -> match(doc, status)).orElse(null);
        if (found.isEmpty() || found.get().stub()) {
            add(verdicts, Verdict.NOT_FOUND);
            String what = reference.number() != null ? reference.number() : reference.title();
            messages.add(found.isEmpty()
                    ? what + " is not in the repository"
                    : what + " is not in the repository; " + found.get().citedByCount() + " document(s) in it cite it"
                            + CitedMentions.stubDates(mentions));
        } else {
            compare(reference, found.get(), verdicts, messages);
        }
        found.ifPresent(doc -> {
            ValidityVerdicts.add(doc, status, verdicts, messages);
            successorOfEndedProgram(doc, status).ifPresent(messages::add);
        });
        found.map(doc -> CitedMentions.disagreement(doc, mentions)).ifPresent(messages::add);
        if (draftDate != null && reference.date() != null && reference.date().isAfter(draftDate)) {
            verdicts.add(Verdict.ISSUED_AFTER_DRAFT);
            messages.add("cited as issued on " + reference.date() + ", after the draft's date " + draftDate);
        }
        if (verdicts.isEmpty()) {
            verdicts.add(Verdict.OK);
        }
        return new CheckReport.CitationCheck(reference.text(), reference.number(), reference.title(),
                reference.relation().name(), reference.date(), reference.start(), reference.end(), verdicts, messages, match,
                mentions);
    }

    /** The number's form, and the type and issuer its codes name against those written beside it. */
    private void checkNumber(Reference reference, List<Verdict> verdicts, List<String> messages) {
        String number = reference.number();
        if (!NumberForm.isWellFormed(number)) {
            verdicts.add(Verdict.MALFORMED_NUMBER);
            messages.add("the number " + number + " does not have the form of Nghị định 30/2020/NĐ-CP or the party's numbering");
        }
        String codedType = codes.type(number);
        if (codedType != null && reference.type() != null && !NumberCodes.typeAgrees(codedType, reference.type())) {
            add(verdicts, Verdict.TYPE_MISMATCH);
            messages.add("cited as a " + reference.type() + ", but the code " + codes.typeCode(number) + " in " + number
                    + " means a " + codedType);
        }
        String codedIssuer = codes.issuer(number);
        if (codedIssuer != null && reference.issuer() != null && !NumberCodes.issuerAgrees(codedIssuer, reference.issuer())) {
            add(verdicts, Verdict.ISSUER_MISMATCH);
            messages.add("cited as issued by " + reference.issuer() + ", but the code " + codes.issuerCode(number) + " in "
                    + number + " means " + codedIssuer);
        }
    }

    private static void add(List<Verdict> verdicts, Verdict verdict) {
        if (!verdicts.contains(verdict)) {
            verdicts.add(verdict);
        }
    }

    private void compare(Reference reference, GraphDocument doc, List<Verdict> verdicts, List<String> messages) {
        if (reference.date() != null && doc.issuedDate() != null && !reference.date().equals(doc.issuedDate())) {
            add(verdicts, Verdict.DATE_MISMATCH);
            messages.add("cited as dated " + reference.date() + "; " + doc.number() + " is dated " + doc.issuedDate());
        }
        if (reference.issuer() != null && doc.issuer() != null && !sameIssuer(reference.issuer(), doc.issuer())) {
            add(verdicts, Verdict.ISSUER_MISMATCH);
            messages.add("cited as issued by " + reference.issuer() + "; " + doc.number() + " was issued by " + doc.issuer());
        }
        if (reference.type() != null && doc.type() != null && !NumberCodes.typeAgrees(doc.type(), reference.type())) {
            add(verdicts, Verdict.TYPE_MISMATCH);
            messages.add("cited as a " + reference.type() + "; " + doc.number() + " is a " + doc.type());
        }
    }

    /** When the cited decision's program has ended, what continues it: the basis the draft likely wants instead. */
    private Optional<String> successorOfEndedProgram(GraphDocument doc, Validity status) {
        if (status == null || status.source() != ValiditySource.PROGRAM_PERIOD) {
            return Optional.empty();
        }
        return graph.programsApprovedBy(List.of(doc.id())).stream()
                .map(ProgramSummary::succeededBy).filter(Objects::nonNull)
                .filter(next -> next.approvedByNumber() != null)
                .findFirst()
                .map(next -> "its program is continued by " + (next.name() != null ? next.name() : next.key())
                        + period(next) + ", approved by " + next.approvedByNumber());
    }

    private static String period(ProgramRef program) {
        if (program.fromYear() != null && program.toYear() != null) {
            return " (" + program.fromYear() + "-" + program.toYear() + ")";
        }
        return program.toYear() != null ? " (to " + program.toYear() + ")" : "";
    }

    /** "Ủy ban nhân dân tỉnh X" and "UBND tỉnh X" are one issuer. */
    static boolean sameIssuer(String a, String b) {
        return Objects.equals(NumberCodes.issuerKey(a), NumberCodes.issuerKey(b));
    }

    /** The status is the validity service's (UNKNOWN when it cannot tell); a stub it knows nothing of is "not in the repository". */
    private static CheckReport.Match match(GraphDocument doc, Validity validity) {
        String status = validity != null && validity.known() ? validity.status().name()
                : doc.stub() ? "not in the repository" : "UNKNOWN";
        return new CheckReport.Match(doc.id(), doc.number(), doc.type(), doc.issuer(), doc.issuedDate(),
                status, doc.stub(), doc.citedByCount());
    }
}
