package vn.vbtrace.validity;

import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.StaffStatus;
import vn.vbtrace.graph.GraphDocument;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.graph.ValidityFacts;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * "Is this document still in force?", from the graph alone (so the same against a remote Neo4j), and
 * the staff's own record of it. "Today" comes from the clock, so tests can fix it.
 */
public final class ValidityService {

    /** Documents take effect by the calendar of Vietnam. */
    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final String STATUSES = Arrays.stream(ValidityStatus.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    private final GraphStore graph;
    private final Clock clock;
    private final Consumer<String> changed;

    /** {@code changed} hears the id of each document whose staff record changed (the search index keeps a copy). */
    public ValidityService(GraphStore graph, Clock clock, Consumer<String> changed) {
        this.graph = graph;
        this.clock = clock;
        this.changed = changed;
    }

    public ValidityService(GraphStore graph, Clock clock) {
        this(graph, clock, id -> { });
    }

    public ValidityService(GraphStore graph) {
        this(graph, Clock.system(VIETNAM));
    }

    /** Empty when no document or stub has the id. */
    public Optional<Validity> statusOf(String documentId) {
        LocalDate today = LocalDate.now(clock);
        return graph.validityFacts(documentId).map(facts -> ValidityRules.derive(facts, today));
    }

    /** The status the graph's facts about a document give today (facts read with other things, as the document page does). */
    public Validity statusOf(ValidityFacts facts) {
        return ValidityRules.derive(facts, LocalDate.now(clock));
    }

    /** The status of several documents in one round trip, by id; an id no document or stub has is absent. */
    public Map<String, Validity> statusOf(Collection<String> documentIds) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Validity> statuses = new HashMap<>();
        graph.validityFacts(documentIds).forEach((id, facts) -> statuses.put(id, ValidityRules.derive(facts, today)));
        return statuses;
    }

    /** Documents whose status the calendar may have changed after {@code since} up to {@code today}. */
    public java.util.Set<String> changedByCalendar(LocalDate since, LocalDate today) {
        return graph.changedByCalendar(since, today);
    }

    /** Today, as the statuses are derived. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Records a staff member's status for the document (a new record in its history; the latest is in
     * effect) and returns the status that now results. Empty when no document or stub has the id.
     *
     * @throws IllegalArgumentException when the status is not one of {@link ValidityStatus} or the note or name is missing
     */
    public Optional<Validity> record(String documentId, String status, String note, String setBy) {
        ValidityStatus parsed = ValidityRules.parseOrNull(status);
        if (parsed == null) {
            throw new InvalidInputException("invalid-status", "tình trạng phải là một trong " + STATUSES
                    + (status == null || status.isBlank() ? "" : ", không phải '" + status.strip() + "'"));
        }
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note-required", "cần ghi căn cứ ghi nhận, ví dụ \"Hết hiệu lực theo Quyết định số ...\"");
        }
        if (setBy == null || setBy.isBlank()) {
            throw new InvalidInputException("set-by-required", "cần tên người ghi nhận, ví dụ \"Nguyễn Văn A\"");
        }
        Optional<Validity> now = graph.recordStatus(documentId, parsed.name(), note.strip(), setBy.strip(), clock.instant())
                .flatMap(recorded -> statusOf(documentId));
        now.ifPresent(v -> changed.accept(documentId));
        return now;
    }

    /** The staff records of the document, latest first. */
    public List<StaffStatus> history(String documentId) {
        return graph.statusHistory(documentId);
    }

    /** The id of the document of this number (case, spaces and diacritics ignored), in the repository or only cited. */
    public Optional<String> idOfNumber(String number) {
        return graph.findByNumber(number).map(GraphDocument::id);
    }
}
