package vn.vbtrace.validity;

import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Reference;
import vn.vbtrace.index.SearchIndex;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Keeps the search index's copy of each document's validity status (for the status filter and facet)
 * in step with the graph, where the status is derived. A document's status changes when it is written,
 * when a document replacing or repealing it is written, when staff record one, and with the calendar;
 * the last is caught up when the server starts ({@link #refreshAll}).
 */
public final class StatusIndex {

    private final ValidityService validity;
    private final SearchIndex index;

    public StatusIndex(ValidityService validity, SearchIndex index) {
        this.validity = validity;
        this.index = index;
    }

    /** After a document was written to both stores: its own status and that of the documents it replaces or repeals. */
    public void afterWrite(IngestedDocument doc) {
        Set<String> affected = new LinkedHashSet<>();
        affected.add(doc.id());
        for (Reference reference : doc.extraction().references()) {
            if (reference.relation() != null && reference.relation().affectsValidity() && reference.number() != null) {
                affected.add(DocumentNumbers.idForNumber(reference.number()));
            }
        }
        affected.forEach(this::refresh);
    }

    /** Re-derives one document's status into the index; ids the index does not hold (stubs) are skipped. */
    public void refresh(String id) {
        if (index.contains(id)) {
            validity.statusOf(id).ifPresent(v -> index.setStatus(id, v.status().name()));
        }
    }

    /** Every indexed document: on start-up, so statuses that a date changed (not yet in force → in force) are current. */
    public int refreshAll() {
        Map<String, String> statuses = new HashMap<>();
        for (String id : index.ids()) {
            validity.statusOf(id).ifPresent(v -> statuses.put(id, v.status().name()));
        }
        index.setStatuses(statuses);
        return statuses.size();
    }
}
