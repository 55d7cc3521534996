package vn.vbtrace.search;

import vn.vbtrace.document.Citer;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.Json;
import vn.vbtrace.document.ProgramSummary;
import vn.vbtrace.document.Reference;
import vn.vbtrace.document.SideBySide;
import vn.vbtrace.graph.GraphDocument;
import vn.vbtrace.graph.GraphPage;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.index.StoredDocument;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.reorg.HoldersToday;
import vn.vbtrace.reorg.Successions;
import vn.vbtrace.validity.Validity;
import vn.vbtrace.validity.ValidityService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.function.UnaryOperator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** One document as the document page shows it: text from the index, links from the graph. */
public final class DocumentService {

    private final SearchIndex index;
    private final GraphStore graph;
    private final ValidityService validity;
    private final HoldersToday holders;

    public DocumentService(SearchIndex index, GraphStore graph, ValidityService validity, HoldersToday holders) {
        this.index = index;
        this.graph = graph;
        this.validity = validity;
        this.holders = holders;
    }

    public DocumentService(SearchIndex index, GraphStore graph, ValidityService validity) {
        this(index, graph, validity, new HoldersToday(Successions.shipped(), Clock.system(ValidityService.VIETNAM)));
    }

    /**
     * The page of the document with this number, else of the one {@code resolve} makes of it (a number typed
     * another way): the number as typed is looked up first, since it is usually right.
     */
    public DocumentPage byNumber(String number, UnaryOperator<String> resolve) {
        if (number == null || number.isBlank()) {
            throw new InvalidInputException("missing-parameter", "hãy cho biết số ký hiệu văn bản, ví dụ 1322/QĐ-TTg");
        }
        return pageOfNumber(number)
                .or(() -> Optional.ofNullable(resolve.apply(number)).filter(resolved -> !resolved.equals(number))
                        .flatMap(this::pageOfNumber))
                .orElseThrow(() -> new NotFoundException("document-not-found", "không có văn bản số " + number.strip()
                        + " trong kho, cũng không văn bản nào trong kho dẫn chiếu đến nó"));
    }

    public DocumentPage byId(String id) {
        // The graph's one statement (a round trip mostly spent waiting) is sent first and answers on the driver's
        // thread while this one reads the text and links its references.
        CompletableFuture<Optional<GraphPage>> found = graph.pageByIdStarted(id, citers(id), DocumentPage.CITERS_SHOWN);
        Optional<Text> text = textOf(id);
        Optional<GraphPage> graphPart = SideBySide.join(found);
        if (graphPart.isEmpty() && text.isEmpty()) {
            throw new NotFoundException("document-not-found", "không có văn bản mã " + id
                    + " trong kho, cũng không văn bản nào trong kho dẫn chiếu đến nó");
        }
        return page(graphPart, text);
    }

    /**
     * Ids derive from the number key, so the index's reads (the text, the oldest citers) are of the id the number
     * gives while the graph finds the document; in the rare case it is found under another id (a number resolved
     * from another spelling) the page is read again by that id. The graph's part is read as in {@link #byId}.
     */
    private Optional<DocumentPage> pageOfNumber(String number) {
        String id = DocumentNumbers.idForNumber(number);
        CompletableFuture<Optional<GraphPage>> found = graph.pageByNumberStarted(number, citers(id), DocumentPage.CITERS_SHOWN);
        Optional<Text> text = textOf(id);
        return SideBySide.join(found).map(graphPart -> graphPart.document().id().equals(id)
                ? page(Optional.of(graphPart), text) : byId(graphPart.document().id()));
    }

    /** The citers the page lists: the index's oldest, whose citations the graph then reads. */
    private List<String> citers(String id) {
        return index.citersOldestFirst(id, DocumentPage.CITERS_SHOWN);
    }

    /** A stored document's text, extraction and references linked to the documents held; empty for a stub. */
    private record Text(StoredDocument stored, Extraction extraction, List<LinkedReference> references) {
    }

    private Optional<Text> textOf(String id) {
        return index.get(id).map(stored -> {
            Extraction extraction = Json.read(stored.extractionJson(), Extraction.class);
            return new Text(stored, extraction, linked(extraction.references()));
        });
    }

    /** A page from the graph's part and the index's text, either of which may be missing (a stub has no text). */
    private DocumentPage page(Optional<GraphPage> found, Optional<Text> text) {
        List<Citer> citers = found.map(GraphPage::citers).orElse(List.of());
        Validity status = found.map(f -> validity.statusOf(f.facts())).orElse(null);
        List<ProgramSummary> programs = found.map(GraphPage::programs).orElse(List.of());
        int citedByCount = found.map(f -> f.document().citedByCount()).orElse(0);
        if (text.isEmpty()) {
            GraphDocument stub = found.orElseThrow().document();
            DocumentHeader header = new DocumentHeader(stub.id(), null, stub.number(), stub.type(), stub.issuer(),
                    stub.issuedDate(), null, stub.title(), null, null, List.of(), List.of(), null, Map.of());
            return new DocumentPage(header, true, null, List.of(), List.of(), citers, status, programs, List.of(), null,
                    citedByCount, List.of());
        }
        StoredDocument stored = text.get().stored();
        Extraction extraction = text.get().extraction();
        return new DocumentPage(DocumentHeader.of(stored.id(), stored.source(), extraction.document()), false, stored.text(),
                text.get().references(), extraction.assignments(), citers, status, programs, extraction.bodies(),
                extraction.effect(), citedByCount, dutySuccessors(extraction.assignments()));
    }

    /** Who holds today the duties of each body and province the assignments name, where the reorganization changed it. */
    private List<DocumentPage.DutySuccessor> dutySuccessors(List<Assignment> assignments) {
        LocalDate today = holders.today();
        Set<List<String>> seen = new HashSet<>();
        List<DocumentPage.DutySuccessor> found = new ArrayList<>();
        for (Assignment a : assignments) {
            if (seen.add(Arrays.asList(a.body(), a.province()))) {
                holders.successor(a.body(), a.province(), today)
                        .ifPresent(s -> found.add(new DocumentPage.DutySuccessor(a.body(), a.province(), s)));
            }
        }
        return found;
    }

    /** The references, each with the id of the document it names and whether the index holds it (asked at once). */
    private List<LinkedReference> linked(List<Reference> references) {
        List<String> targets = references.stream()
                .map(r -> r.number() == null ? null : DocumentNumbers.idForNumber(r.number())).toList();
        Set<String> held = index.held(targets.stream().filter(Objects::nonNull).toList());
        List<LinkedReference> linked = new ArrayList<>(references.size());
        for (int i = 0; i < references.size(); i++) {
            String target = targets.get(i);
            linked.add(LinkedReference.of(references.get(i), target, target != null && held.contains(target)));
        }
        return linked;
    }
}
