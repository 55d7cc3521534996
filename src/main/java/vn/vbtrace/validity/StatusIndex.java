package vn.vbtrace.validity;

import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Reference;
import vn.vbtrace.index.SearchIndex;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Keeps the search index's copy of each document's validity status (for the status filter and facet)
 * in step with the graph, where the status is derived. A document's status changes when it is written,
 * when a document replacing or repealing it is written, when staff record one, and with the calendar.
 * The calendar is caught up at start-up ({@link #catchUpWithCalendar}) from the day the statuses were last
 * derived (kept in a one-line file of the data folder), through a date query: only documents whose
 * effect began or ended, or whose program's period ended, in between are derived again.
 */
public final class StatusIndex {

    private final ValidityService validity;
    private final SearchIndex index;
    private final Path dateFile;

    /** {@code dateFile}: where the day the statuses were last brought up to date is kept. */
    public StatusIndex(ValidityService validity, SearchIndex index, Path dateFile) {
        this.validity = validity;
        this.index = index;
        this.dateFile = dateFile;
    }

    /**
     * After a batch was written to the graph: the statuses of its documents and of the documents they
     * replace, repeal or amend, by id, for the caller to stage in the same index commit.
     */
    public Map<String, String> afterWrite(List<IngestedDocument> docs) {
        Set<String> affected = new LinkedHashSet<>();
        for (IngestedDocument doc : docs) {
            affected.add(doc.id());
            for (Reference reference : doc.extraction().references()) {
                if (reference.relation() != null && reference.relation().affectsValidity() && reference.number() != null) {
                    affected.add(DocumentNumbers.idForNumber(reference.number()));
                }
            }
        }
        return statuses(affected);
    }

    /** Re-derives one document's status into the index; ids the index does not hold (stubs) are skipped. */
    public void refresh(String id) {
        if (index.contains(id)) {
            validity.statusOf(id).ifPresent(v -> index.setStatus(id, v.status().name()));
        }
    }

    /**
     * Statuses the calendar changed since they were last derived (not yet in force → in force, in force →
     * expired): the documents a date query finds, not every document. A folder without the date file (written
     * before it existed) is brought up to date in full once. Returns how many documents were derived again.
     */
    public int catchUpWithCalendar() {
        LocalDate today = validity.today();
        Optional<LocalDate> since = lastDerived();
        int refreshed;
        if (since.isPresent() && !since.get().isBefore(today)) {
            refreshed = 0;
        } else {
            Collection<String> ids = since.isPresent()
                    ? validity.changedByCalendar(since.get(), today)
                    : index.ids();
            Map<String, String> statuses = statuses(ids);
            if (!statuses.isEmpty()) {
                index.setStatuses(statuses);
            }
            refreshed = statuses.size();
        }
        markDerived(today);
        return refreshed;
    }

    /** Statuses written by ingest are derived as of today: the date file says so (a new folder starts here). */
    public void markDerivedTodayIfNew() {
        if (lastDerived().isEmpty()) {
            markDerived(validity.today());
        }
    }

    private Map<String, String> statuses(Collection<String> ids) {
        Map<String, String> out = new LinkedHashMap<>();
        validity.statusOf(ids).forEach((id, v) -> out.put(id, v.status().name()));
        return out;
    }

    private Optional<LocalDate> lastDerived() {
        if (!Files.exists(dateFile)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(Files.readString(dateFile, StandardCharsets.UTF_8).strip()));
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty(); // unreadable: derive everything again rather than trust it
        }
    }

    private void markDerived(LocalDate day) {
        try {
            Files.createDirectories(dateFile.getParent());
            Files.writeString(dateFile, day + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dateFile + ": " + e.getMessage(), e);
        }
    }
}
