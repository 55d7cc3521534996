package vn.vbtrace.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import vn.vbtrace.document.Citer;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.Json;
import vn.vbtrace.document.Reference;
import vn.vbtrace.document.SearchHit;
import vn.vbtrace.document.SearchRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Issue 4, point 2: a number the query names that no indexed document carries but some cite
 * (a stub in the graph) becomes a hit of its own, with the documents citing it. Found from
 * the citing documents' own fields and extractions, not the graph, so the search command
 * (which starts no database) answers the same as the server.
 */
final class CitedNumbers {

    /** Citing documents read to find the number as written and to list its citers. */
    private static final int CITERS_READ = 50;
    /** Citers listed on the hit; citedByCount counts them all. */
    private static final int CITERS_SHOWN = 20;
    private static final Set<String> FIELDS = Set.of(IndexFields.ID, IndexFields.NUMBER, IndexFields.TITLE, IndexFields.EXTRACTION);

    private CitedNumbers() {
    }

    /** One reference to the asked number, in one citing document. */
    private record CitingReference(Reference reference, Citer citer) {
    }

    static List<SearchHit> stubs(IndexReads searcher, String text, float score) throws IOException {
        Map<String, List<CitingReference>> byKey = new LinkedHashMap<>();
        for (NumberQueries.Asked asked : NumberQueries.asked(text)) {
            if (asked.key() != null && held(searcher, asked.key())) {
                continue; // a whole number matches only itself, and a document carries it: no stub to find
            }
            for (Map<String, String> doc : searcher.top(asked.citing(), CITERS_READ, FIELDS)) {
                Citer citer = Citer.of(doc.get(IndexFields.ID), doc.get(IndexFields.NUMBER),
                        doc.get(IndexFields.TITLE));
                for (Reference reference : Json.read(doc.get(IndexFields.EXTRACTION), Extraction.class).references()) {
                    if (reference.number() != null && asked.matches(reference.number())) {
                        byKey.computeIfAbsent(DocumentNumbers.key(reference.number()), k -> new ArrayList<>())
                                .add(new CitingReference(reference, citer));
                    }
                }
            }
        }
        List<SearchHit> stubs = new ArrayList<>();
        for (Map.Entry<String, List<CitingReference>> entry : byKey.entrySet()) {
            if (!held(searcher, entry.getKey())) {
                int count = searcher.count(new TermQuery(new Term(IndexFields.CITES, entry.getKey())));
                stubs.add(stub(entry.getValue(), count, score, text));
            }
        }
        return stubs;
    }

    /** Whether an indexed document carries the number with this key. */
    private static boolean held(IndexReads searcher, String key) throws IOException {
        return searcher.count(new TermQuery(new Term(IndexFields.NUMBER_KEY, key))) > 0;
    }

    private static SearchHit stub(List<CitingReference> mentions, int count, float score, String query) {
        String number = mostCommon(mentions, m -> m.reference().number());
        List<Citer> citers = mentions.stream().map(CitingReference::citer).distinct().limit(CITERS_SHOWN).toList();
        // The first mention as the snippet: "Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 ..." says what the stub is.
        String snippet = mentions.getFirst().reference().text().replaceAll("\\s+", " ").strip();
        String date = mostCommon(mentions, m -> m.reference().date() == null ? null : m.reference().date().toString());
        SearchHit.Document cited = new SearchHit.Document(DocumentNumbers.idForNumber(number), null, number,
                mostCommon(mentions, m -> m.reference().title()), mostCommon(mentions, m -> m.reference().type()),
                mostCommon(mentions, m -> m.reference().knownIssuer()), date);
        return new SearchHit(cited, score, new SearchHit.Passage(snippet, Snippets.highlights(snippet, query)),
                SearchHit.Citations.ofStub(citers, Math.max(count, citers.size())), SearchHit.Place.NONE);
    }

    /** The value most mentions agree on ("1322/QĐ-TTg" over a stray "1322/QĐ-TTG"); null when none gives one. */
    private static String mostCommon(List<CitingReference> mentions, Function<CitingReference, String> value) {
        return mentions.stream().map(value).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()))
                .entrySet().stream().max(Map.Entry.<String, Long>comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Whether a request may show stubs: a first page with no filter. A stub has none of the values filtered on (no
     * year, place, issuer or status: every facet counts it under Facets.NOT_HELD), so any filter leaves it out.
     */
    static boolean apply(SearchRequest request) {
        return request.offset() == 0 && !request.filtered();
    }
}
