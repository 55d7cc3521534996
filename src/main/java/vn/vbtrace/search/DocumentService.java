package vn.vbtrace.search;

import vn.vbtrace.document.Citer;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.Json;
import vn.vbtrace.document.ProgramSummary;
import vn.vbtrace.document.Reference;
import vn.vbtrace.document.SideBySide;
import vn.vbtrace.graph.GraphDocument;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.index.StoredDocument;
import vn.vbtrace.validity.Validity;
import vn.vbtrace.validity.ValidityService;

import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One document as the document page shows it: text from the index, links from the graph. */
public final class DocumentService {

    private final SearchIndex index;
    private final GraphStore graph;
    private final ValidityService validity;

    public DocumentService(SearchIndex index, GraphStore graph, ValidityService validity) {
        this.index = index;
        this.graph = graph;
        this.validity = validity;
    }

    /**
     * The page of the document with this number, else of the one {@code resolve} makes of it (a number typed
     * another way): the number as typed is looked up first, since it is usually right.
     */
    public DocumentPage byNumber(String number, UnaryOperator<String> resolve) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException("missing-parameter", "hãy cho biết số ký hiệu văn bản, ví dụ 1322/QĐ-TTg");
        }
        // Ids derive from the number key, so the page's own reads start while the graph finds the document; they are
        // dropped in the rare case it is found under another id (a number resolved from another spelling).
        Reads guessed = Reads.start(this, DocumentNumbers.idForNumber(number));
        return graph.findByNumber(number)
                .or(() -> Optional.ofNullable(resolve.apply(number)).filter(resolved -> !resolved.equals(number))
                        .flatMap(graph::findByNumber))
                .map(found -> page(found, found.id().equals(guessed.id()) ? guessed : Reads.start(this, found.id())))
                .orElseThrow(() -> new NotFoundException("document-not-found", "không có văn bản số " + number.strip()
                        + " trong kho, cũng không văn bản nào trong kho dẫn chiếu đến nó"));
    }

    public DocumentPage byId(String id) {
        Reads reads = Reads.start(this, id);
        Optional<StoredDocument> stored = SideBySide.join(reads.stored);
        if (stored.isPresent()) {
            return page(stored.get(), graph.findById(id).map(GraphDocument::citedByCount).orElse(0), reads);
        }
        return stubPage(graph.findById(id)
                .orElseThrow(() -> new NotFoundException("document-not-found", "không có văn bản mã " + id
                        + " trong kho, cũng không văn bản nào trong kho dẫn chiếu đến nó")), reads);
    }

    /** The page of a document the graph has found: its text and extraction from the index, or a stub's page. */
    private DocumentPage page(GraphDocument found, Reads reads) {
        return SideBySide.join(reads.stored).map(stored -> page(stored, found.citedByCount(), reads))
                .orElseGet(() -> stubPage(found, reads));
    }

    private DocumentPage stubPage(GraphDocument stub, Reads reads) {
        DocumentHeader header = new DocumentHeader(stub.id(), null, stub.number(), stub.type(), stub.issuer(),
                stub.issuedDate(), null, stub.title(), null, null, List.of(), List.of(), null, Map.of());
        return new DocumentPage(header, true, null, List.of(), List.of(), SideBySide.join(reads.citers),
                SideBySide.join(reads.validity), SideBySide.join(reads.programs), List.of(), null, stub.citedByCount());
    }

    private DocumentPage page(StoredDocument stored, int citedByCount, Reads reads) {
        Extraction extraction = Json.read(stored.extractionJson(), Extraction.class);
        DocumentMetadata meta = extraction.document();
        // Many mentions name the same few documents: look each one up once per page.
        Map<String, Boolean> held = new HashMap<>();
        List<LinkedReference> references = extraction.references().stream().map(r -> link(r, held)).toList();
        return new DocumentPage(DocumentHeader.of(stored.id(), stored.source(), meta), false, stored.text(), references,
                extraction.assignments(), SideBySide.join(reads.citers), SideBySide.join(reads.validity),
                SideBySide.join(reads.programs), extraction.bodies(), extraction.effect(), citedByCount);
    }

    /**
     * What a page reads about one document, asked side by side: its text and extraction from the index, its
     * citers, validity and programs from the graph, each a round trip mostly spent waiting, so the page waits for
     * the longest rather than for their sum.
     */
    private record Reads(String id, CompletableFuture<Optional<StoredDocument>> stored,
                         CompletableFuture<List<Citer>> citers, CompletableFuture<Validity> validity,
                         CompletableFuture<List<ProgramSummary>> programs) {

        static Reads start(DocumentService service, String id) {
            return new Reads(id, SideBySide.start(() -> service.index.get(id)), SideBySide.start(() -> service.citers(id)),
                    SideBySide.start(() -> service.validity(id)), SideBySide.start(() -> service.programs(id)));
        }
    }

    /** The programs the document names or carries out, as the graph knows them (period, approving decision, lineage). */
    private List<ProgramSummary> programs(String id) {
        return graph.programsOf(id);
    }

    private LinkedReference link(Reference reference, Map<String, Boolean> held) {
        if (reference.number() == null) {
            return LinkedReference.of(reference, null, false);
        }
        String targetId = DocumentNumbers.idForNumber(reference.number());
        return LinkedReference.of(reference, targetId, held.computeIfAbsent(targetId, index::contains));
    }

    private Validity validity(String id) {
        return validity.statusOf(id).orElse(null);
    }

    private List<Citer> citers(String id) {
        List<String> oldest = index.citersOldestFirst(id, DocumentPage.CITERS_SHOWN);
        return graph.incomingFrom(id, oldest, DocumentPage.CITERS_SHOWN).stream()
                .map(link -> new Citer(link.relation(), link.id(), link.number(), link.title()))
                .toList();
    }
}
