package vn.vbtrace.index;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.Relation;

import java.io.IOException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The documents citing one document, counted from the index (each citing document's {@link IndexFields#CITES_ID}
 * and {@link IndexFields#CITED_AS}, its issuer and year doc values): how many, by relation, by issuer and by year.
 * What a chain shows for a decision cited by thousands instead of listing them: the counting visits its citers'
 * doc values only, a few milliseconds for tens of thousands.
 */
public record CiterCounts(long total, Map<String, Long> byRelation, Map<String, Long> byIssuer, Map<String, Long> byYear) {

    /** Read-only: the counts of a document are kept and shared while the index is unchanged ({@link CiterCountsCache}). */
    public CiterCounts {
        byRelation = readOnly(byRelation);
        byIssuer = readOnly(byIssuer);
        byYear = readOnly(byYear);
    }

    private static Map<String, Long> readOnly(Map<String, Long> counts) {
        return counts == null ? null : Collections.unmodifiableMap(counts);
    }

    /** The facets a chain shows its citers by; the type, place and status of each are not counted. */
    private static final Set<FilterField> SHOWN = EnumSet.of(FilterField.ISSUER, FilterField.YEAR);

    static CiterCounts of(IndexSearcher searcher, String documentId) throws IOException {
        FacetCounter.Result counted = searcher.search(new TermQuery(new Term(IndexFields.CITES_ID, documentId)), FacetCounter.of(SHOWN));
        Map<String, Long> byRelation = new LinkedHashMap<>();
        for (Relation relation : Relation.values()) {
            int n = searcher.count(new TermQuery(new Term(IndexFields.CITED_AS,
                    LuceneDocuments.citedAs(documentId, relation.name()))));
            if (n > 0) {
                byRelation.put(relation.name(), (long) n);
            }
        }
        return new CiterCounts(counted.total(), byRelation, counted.facets().of(FilterField.ISSUER), counted.facets().of(FilterField.YEAR));
    }
}
