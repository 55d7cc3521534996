package vn.vbtrace.check;

import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.ProgramRef;
import vn.vbtrace.document.ProgramSummary;
import vn.vbtrace.document.SideBySide;
import vn.vbtrace.document.Reference;
import vn.vbtrace.document.TextFold;
import vn.vbtrace.extract.vocab.Vocabulary;
import vn.vbtrace.graph.CatalogEntry;
import vn.vbtrace.graph.CitationEvidence;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.parse.DocumentParser;
import vn.vbtrace.parse.ParseException;
import vn.vbtrace.parse.TextNormalizer;
import vn.vbtrace.reorg.Successions;
import vn.vbtrace.validity.Validity;
import vn.vbtrace.validity.ValidityService;
import vn.vbtrace.validity.ValiditySource;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The legal check of a draft: each citation's number against the official rules, then against what is known of the
 * cited document (the file held here, the national catalog, or what the documents citing it say, counted in the
 * search index so a hub cited 50,000 times costs what a leaf does), its validity, and the draft's own date at the
 * precision the draft gives it. Then the bases comparable documents rest on and the draft lacks, and the bodies and
 * provinces the draft names that the 2025 reorganization abolished. Messages are Vietnamese; verdict codes stable.
 */
public final class CheckService {

    private final Pipeline pipeline;
    private final GraphStore graph;
    private final CitedDocuments cited;
    private final ValidityService validity;
    private final Clock clock;
    private final DocumentParser parser = new DocumentParser();
    private final Vocabulary vocabulary = Vocabulary.shipped();
    private final NumberRules rules = new NumberRules(vocabulary);
    private final CitationJudge judge = new CitationJudge(new NumberCodes(vocabulary));
    private final Provinces provinces = new Provinces(vocabulary);
    private final BasisSuggestions suggestions;
    private final ReorganizationScan reorganization = new ReorganizationScan(Successions.shipped());

    /** More suggestions than this is a reading list, not a check. */
    static final int MAX_SUGGESTIONS = BasisSuggestions.MAX_SUGGESTIONS;

    public CheckService(Pipeline pipeline, GraphStore graph, SearchIndex index, ValidityService validity, Clock clock) {
        this.pipeline = pipeline;
        this.graph = graph;
        this.cited = new CitedDocuments(graph, index);
        this.validity = validity;
        this.clock = clock;
        this.suggestions = new BasisSuggestions(graph, index, validity, provinces);
    }

    public CheckService(Pipeline pipeline, GraphStore graph, SearchIndex index, ValidityService validity) {
        this(pipeline, graph, index, validity, Clock.system(ValidityService.VIETNAM));
    }

    public CheckService(Pipeline pipeline, GraphStore graph, SearchIndex index) {
        this(pipeline, graph, index, new ValidityService(graph));
    }

    public CheckReport checkFile(String fileName, byte[] bytes) throws ParseException {
        return checkText(parser.parse(fileName, bytes).text());
    }

    public CheckReport checkText(String draft) {
        if (draft == null || draft.isBlank()) {
            throw new InvalidInputException("draft-empty", "dự thảo trống: không có gì để kiểm tra");
        }
        String text = TextNormalizer.normalize(draft).text();
        Extraction extraction = pipeline.extractText(text);
        DraftDate draftDate = DraftDate.find(extraction.document().issuedDate(), text);
        String province = draftProvince(extraction, text);
        List<Reference> distinct = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Reference reference : extraction.references()) {
            // A draft that names the same document the same way twice gets one verdict, at its first mention.
            String key = (reference.number() != null ? DocumentNumbers.key(reference.number()) : reference.title())
                    + "|" + reference.date() + "|" + reference.issuer();
            if (seen.add(key)) {
                distinct.add(reference);
            }
        }
        // The node each citation names, then, side by side: the bases comparable documents rest on (which need only
        // the ids cited), the validity of every record found, and what the citers of each say (the index's view, then
        // the graph's mentions). A few round trips in all, however many citations and citers (a malformed number or a
        // law cited by name may take one more each).
        List<Optional<CitationEvidence>> nodes = cited.nodesByNumbers(distinct.stream().map(Reference::number).toList());
        Set<String> citedIds = new HashSet<>();
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            found.add(find(distinct.get(i), nodes.get(i).orElse(null), draftDate, citedIds));
        }
        List<String> citedIdList = List.copyOf(citedIds);
        CompletableFuture<BasisSuggestions.Candidates> candidates = SideBySide.start(() -> suggestions.candidates(citedIdList));
        List<String> recordIds = found.stream().map(Found::recordId).filter(Objects::nonNull).toList();
        CompletableFuture<Map<String, Validity>> validities = SideBySide.start(() -> validity.statusOf(recordIds));
        found = withCiters(found);
        Map<String, Validity> statuses = SideBySide.join(validities);
        List<CheckReport.CitationCheck> citations = new ArrayList<>();
        Set<String> citedKeys = new HashSet<>();
        Set<String> citedTitles = new HashSet<>();
        for (Found f : found) {
            Reference reference = f.reference();
            CheckReport.CitationCheck check = judge(f, f.recordId() == null ? null : statuses.get(f.recordId()), draftDate);
            citations.add(check);
            citedKeys.add(numberKey(reference.number()));
            citedKeys.add(numberKey(check.rightForm()));
            citedTitles.add(titleKey(reference.title()));
            if (check.match() != null) {
                citedKeys.add(numberKey(check.match().number()));
            }
        }
        int ok = (int) citations.stream().filter(c -> c.verdicts().equals(List.of(Verdict.OK))).count();
        LocalDate asOf = draftDate != null ? draftDate.last() : LocalDate.now(clock);
        return new CheckReport(citations, new CheckReport.Summary(ok, citations.size() - ok),
                suggestions.suggest(SideBySide.join(candidates), citedKeys, citedTitles, draftDate, province),
                draftDate == null ? null : draftDate.first(), draftDate == null ? null : draftDate.precision().name(), province,
                reorganization.scan(text, extraction.references(), asOf, province));
    }

    /**
     * What one citation was matched to: the node checked against (null when none), the catalog record, the id whose
     * validity counts; {@code citersPending} while the node is the one its number named, whose citers are read for
     * all such nodes at once ({@link #withCiters}).
     */
    private record Found(Reference reference, NumberRules.Verdict form, String knownAs, CitationEvidence record,
                         CatalogEntry catalog, String recordId, boolean citersPending) {
    }

    /** The found records whose citers are pending, with them: one index read each and one graph read for all. */
    private List<Found> withCiters(List<Found> found) {
        List<CitationEvidence> pending = new ArrayList<>();
        List<LocalDate> asked = new ArrayList<>();
        for (Found f : found) {
            if (f.citersPending()) {
                pending.add(f.record());
                asked.add(f.reference().date());
            }
        }
        List<CitationEvidence> complete = cited.withCiters(pending, asked);
        List<Found> all = new ArrayList<>(found.size());
        int next = 0;
        for (Found f : found) {
            all.add(f.citersPending() ? new Found(f.reference(), f.form(), f.knownAs(), complete.get(next++), f.catalog(),
                    f.recordId(), false) : f);
        }
        return all;
    }

    /** {@code byNumber} is the node the citation's number as written names, its citers not yet read. */
    private Found find(Reference ref, CitationEvidence byNumber, DraftDate draftDate, Set<String> citedIds) {
        NumberRules.Verdict form = ref.number() != null ? rules.check(ref.number()) : NumberRules.Verdict.WELL_FORMED;
        CitationEvidence record = null;
        CatalogEntry catalog = null;
        String knownAs = null;
        String recordId = null;
        if (ref.number() != null) {
            record = byNumber;
            if (record == null && form.malformed()) {
                // "45/NQ-TW" is known here as 45-NQ/TW: check the rest against that record.
                for (String candidate : form.candidates()) {
                    Optional<CitationEvidence> known = cited.byNumber(candidate, ref.date());
                    if (known.isPresent()) {
                        record = known.get();
                        knownAs = record.number() != null ? record.number() : candidate;
                        break;
                    }
                }
            }
            catalog = record == null ? null : record.catalog();
            recordId = record == null ? null : record.id();
        } else if (ref.title() != null) {
            // A law cited by name: its citers share the id of its name and date; the catalog knows it by its title.
            record = cited.byId(lawId(ref), ref.date()).orElse(null);
            CitationEvidence listed = closest(graph.catalogByTitle(ref.title(), ref.date()), ref.date(), draftDate);
            if (listed != null) {
                catalog = listed.catalog();
                recordId = listed.id();
                citedIds.add(listed.id());
            } else {
                recordId = record == null ? null : record.id();
            }
        }
        if (record != null) {
            citedIds.add(record.id());
        }
        return new Found(ref, form, knownAs, record, catalog, recordId, record != null && record == byNumber);
    }

    private CheckReport.CitationCheck judge(Found f, Validity status, DraftDate draftDate) {
        List<String> extra = new ArrayList<>();
        successorOfEndedProgram(f.recordId(), status).ifPresent(extra::add);
        CheckReport.Match match = match(f.record(), f.catalog(), f.recordId(), status);
        return judge.judge(new CitationJudge.Facts(f.reference(), f.form(), f.knownAs(), f.record(), f.catalog(), status, extra),
                draftDate, match);
    }

    /** Of the catalog's versions of a law, the one of the cited date, else the nearest to it (or the newest before the draft). */
    private static CitationEvidence closest(List<CitationEvidence> listed, LocalDate cited, DraftDate draft) {
        if (listed.isEmpty()) {
            return null;
        }
        LocalDate target = cited != null ? cited : draft != null ? draft.last() : LocalDate.now();
        return listed.stream().filter(e -> e.catalog() != null && e.catalog().issuedDate() != null)
                .filter(e -> cited != null || !e.catalog().issuedDate().isAfter(target))
                .min(Comparator.comparingLong(e -> Math.abs(e.catalog().issuedDate().toEpochDay() - target.toEpochDay())))
                .orElse(null);
    }

    /** When the cited decision's program has ended, what continues it: the basis the draft likely wants instead. */
    private Optional<String> successorOfEndedProgram(String id, Validity status) {
        if (id == null || status == null || status.source() != ValiditySource.PROGRAM_PERIOD) {
            return Optional.empty();
        }
        return graph.programsApprovedBy(List.of(id)).stream()
                .map(ProgramSummary::succeededBy).filter(Objects::nonNull)
                .filter(next -> next.approvedByNumber() != null)
                .findFirst()
                .map(next -> "Chương trình của văn bản này được tiếp nối bởi " + (next.name() != null ? next.name() : next.key())
                        + period(next) + ", phê duyệt tại " + next.approvedByNumber());
    }

    private static String period(ProgramRef program) {
        if (program.fromYear() != null && program.toYear() != null) {
            return " (" + program.fromYear() + "-" + program.toYear() + ")";
        }
        return program.toYear() != null ? " (đến năm " + program.toYear() + ")" : "";
    }

    /** The province the draft belongs to: its issuer's or place's, else one named in its header. */
    private String draftProvince(Extraction extraction, String text) {
        String province = provinces.named(extraction.document().issuer());
        if (province == null) {
            province = provinces.named(extraction.document().place());
        }
        if (province == null) {
            String header = text.substring(0, Math.min(text.length(), 300));
            province = header.lines().map(provinces::named).filter(Objects::nonNull).findFirst().orElse(null);
        }
        return province;
    }

    /** The status is the validity service's (UNKNOWN when it cannot tell); the record is the file, the catalog, or the stub. */
    private static CheckReport.Match match(CitationEvidence record, CatalogEntry catalog, String recordId, Validity validity) {
        if (record == null && catalog == null) {
            return null;
        }
        boolean held = record != null && !record.stub();
        String status = validity != null && validity.known() ? validity.status().name()
                : held || catalog != null ? "UNKNOWN" : "NOT_HELD";
        String number = held || catalog == null ? record.number() : catalog.number() != null ? catalog.number() : record == null ? null : record.number();
        return new CheckReport.Match(recordId != null ? recordId : record.id(), number,
                held || catalog == null ? record.type() : catalog.type(),
                held || catalog == null ? record.issuer() : catalog.issuer(),
                held || catalog == null ? record.issuedDate() : catalog.issuedDate(),
                status, !held, record == null ? 0 : record.citers(), catalog != null,
                catalog == null ? null : catalog.sourceUrl(),
                validity == null || validity.source() == null ? null : validity.source().name(),
                validity == null || validity.replacedBy() == null ? null : validity.replacedBy().number());
    }

    /** The id a law cited by name has in the graph: that of its folded name and date, as the writer gives it. */
    static String lawId(Reference ref) {
        return DocumentNumbers.idForIdentity("law:" + TextFold.fold(ref.title()) + "|" + ref.date());
    }

    static String numberKey(String number) {
        return number == null ? "" : DocumentNumbers.key(number);
    }

    static String titleKey(String title) {
        return title == null ? "" : TextFold.fold(title).replaceAll("[^\\p{L}\\d]+", " ").strip();
    }

    /** "Ủy ban nhân dân tỉnh X" and "UBND tỉnh X" are one issuer. */
    static boolean sameIssuer(String a, String b) {
        return Objects.equals(NumberCodes.issuerKey(a), NumberCodes.issuerKey(b));
    }
}
