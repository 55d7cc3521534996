package vn.vbtrace.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * What the repository knows of one cited document, bounded however many documents cite it: the node (held,
 * a stub, or a catalog record), the catalog's record when there is one, how many held documents cite it, the
 * dates they give it (most given first, at most {@link #MAX_DATES}), and a few of their mentions (at most
 * {@link #MAX_EXAMPLES}, those dating it otherwise than the asked date first). The graph gives the node and the
 * mentions; the search index counts the citers and picks the examples.
 */
public record CitationEvidence(String id, String number, String type, String issuer, LocalDate issuedDate, String title,
                               boolean stub, CatalogEntry catalog, int citers, List<DateCount> dates,
                               List<Example> examples) {

    public static final int MAX_DATES = 10;
    public static final int MAX_EXAMPLES = 5;

    /** How many citing documents give this date. */
    public record DateCount(LocalDate date, int count) {
    }

    /** One citing document's mention: the date it gives and its words. */
    public record Example(String id, String number, LocalDate citedDate, String quote) {
    }

    /** A citing document and the document it cites. */
    public record Pair(String citer, String cited) {
        public String key() {
            return citer + "|" + cited;
        }
    }

    /** The same node with what its citers say: how many, the dates they give, examples of their mentions. */
    public CitationEvidence withCiters(int citers, List<DateCount> dates, List<Example> examples) {
        return new CitationEvidence(id, number, type, issuer, issuedDate, title, stub, catalog, citers, List.copyOf(dates),
                List.copyOf(examples));
    }

    /** Neither held as a file nor listed in the catalog: known only from what cites it. */
    public boolean citedOnly() {
        return stub && catalog == null;
    }
}
