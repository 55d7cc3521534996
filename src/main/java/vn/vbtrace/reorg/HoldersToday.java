package vn.vbtrace.reorg;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.vbtrace.document.Successor;

/**
 * The 2025 reorganization read on the day an answer is given: who holds a body's duties today, and whose duties a body
 * of today took over. The successions and the clock in one place, for every answer that names a body (search hits,
 * the document page, responsible, obligations, a body's page), so that they all say the same on the same day.
 */
public final class HoldersToday {

    private final Successions successions;
    private final Clock clock;

    public HoldersToday(Successions successions, Clock clock) {
        this.successions = successions;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Who holds today the duties of {@code body} in {@code province} (null for a central body); empty when unchanged. */
    public Optional<Successor> successor(String body, String province) {
        return successor(body, province, today());
    }

    /** The same on another day: an obligation's list reads one day for all its rows. */
    public Optional<Successor> successor(String body, String province, LocalDate day) {
        return successions.successor(body, province, day);
    }

    /** The bodies, each {body, province}, whose duties {@code body} in {@code province} holds today (itself included). */
    public List<String[]> predecessors(String body, String province) {
        return successions.predecessors(body, province);
    }

    /** The provinces merged into {@code province} (itself included). */
    public List<String> predecessorProvinces(String province) {
        return successions.predecessorProvinces(province);
    }
}
