package vn.vbtrace.index;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the documents citing one document say of it, read from the index's edge terms ({@link IndexFields#CITED_ON},
 * {@link IndexFields#CITED_FIRST}) without visiting the citers one by one: how many cite it, how many give each
 * date (most given first), and a few citers as examples, those whose first mention dates it otherwise than asked
 * first, then the newest. A decision cited by 50,000 documents costs a few term lookups and two top-k searches.
 *
 * @param citers   the documents citing it (each once, whatever its number of mentions)
 * @param dates    at most {@code maxDates} of the dates citers give it, each with how many give it, most given first,
 *                 then the earliest
 * @param examples the ids of at most {@code maxExamples} citers, in the order they are to be shown
 */
public record CitingEvidence(int citers, List<DateCount> dates, List<String> examples) {

    public static final CitingEvidence NONE = new CitingEvidence(0, List.of(), List.of());

    /** How many citers give this date. */
    public record DateCount(LocalDate date, int citers) {
    }

    static CitingEvidence of(IndexSearcher searcher, String targetId, LocalDate asked, int maxDates, int maxExamples)
            throws IOException {
        String prefix = LuceneDocuments.citedPrefix(targetId);
        List<DateCount> dates = new ArrayList<>();
        liveCounts(searcher, IndexFields.CITED_ON, prefix).forEach((term, n) ->
                dates.add(new DateCount(LocalDate.parse(term.substring(prefix.length())), n)));
        dates.sort(Comparator.comparingInt(DateCount::citers).reversed().thenComparing(DateCount::date));
        int citers = 0;
        List<BytesRef> otherwise = new ArrayList<>();
        String askedTerm = asked == null ? null : LuceneDocuments.citedOn(targetId, asked);
        boolean askedGiven = false;
        for (Map.Entry<String, Integer> first : liveCounts(searcher, IndexFields.CITED_FIRST, prefix).entrySet()) {
            citers += first.getValue();
            if (first.getKey().equals(askedTerm)) {
                askedGiven = true;
            } else {
                otherwise.add(new BytesRef(first.getKey()));
            }
        }
        List<String> examples = new ArrayList<>();
        if (!otherwise.isEmpty()) {
            examples.addAll(Citers.first(searcher, new TermInSetQuery(IndexFields.CITED_FIRST, otherwise), maxExamples, Citers.Order.NEWEST_FIRST));
        }
        if (askedGiven && examples.size() < maxExamples) {
            examples.addAll(Citers.first(searcher, new TermQuery(new Term(IndexFields.CITED_FIRST, askedTerm)),
                    maxExamples - examples.size(), Citers.Order.NEWEST_FIRST));
        }
        return new CitingEvidence(citers, List.copyOf(dates.subList(0, Math.min(maxDates, dates.size()))), List.copyOf(examples));
    }

    /**
     * Each term of a field that begins with {@code prefix}, over every segment, with how many live documents hold it
     * (exact: deleted documents not counted); a term only deleted documents hold is left out.
     */
    private static Map<String, Integer> liveCounts(IndexSearcher searcher, String field, String prefix) throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (String term : termsStartingWith(searcher.getIndexReader(), field, prefix)) {
            int n = searcher.count(new TermQuery(new Term(field, term)));
            if (n > 0) {
                counts.put(term, n);
            }
        }
        return counts;
    }

    /** The distinct terms of a field that begin with {@code prefix}, over every segment (some may be of deleted documents only). */
    private static Set<String> termsStartingWith(IndexReader reader, String field, String prefix) throws IOException {
        BytesRef start = new BytesRef(prefix);
        Set<String> found = new TreeSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Terms terms = leaf.reader().terms(field);
            if (terms == null) {
                continue;
            }
            TermsEnum each = terms.iterator();
            if (each.seekCeil(start) == TermsEnum.SeekStatus.END) {
                continue;
            }
            for (BytesRef term = each.term(); term != null && StringHelper.startsWith(term, start); term = each.next()) {
                found.add(term.utf8ToString());
            }
        }
        return found;
    }
}
