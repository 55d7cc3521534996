package vn.vbtrace.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * What the repository knows of one cited document, bounded however many documents cite it: the node (held,
 * a stub, or a catalog record), the catalog's record when there is one, how many held documents cite it, the
 * dates they give it (most given first, at most {@link EvidenceQueries#MAX_DATES}), and a few of their mentions
 * (at most {@link EvidenceQueries#MAX_EXAMPLES}, those dating it otherwise than the asked date first).
 */
public record CitationEvidence(String id, String number, String type, String issuer, LocalDate issuedDate, String title,
                               boolean stub, CatalogEntry catalog, int citers, List<DateCount> dates,
                               List<Example> examples) {

    /** How many citing documents give this date. */
    public record DateCount(LocalDate date, int count) {
    }

    /** One citing document's mention: the date it gives and its words. */
    public record Example(String id, String number, LocalDate citedDate, String quote) {
    }

    /** Neither held as a file nor listed in the catalog: known only from what cites it. */
    public boolean citedOnly() {
        return stub && catalog == null;
    }
}
