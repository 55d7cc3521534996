package vn.vbtrace.validity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.graph.ProgramRef;
import vn.vbtrace.graph.StaffStatus;
import vn.vbtrace.graph.ValidityFacts;

/**
 * Derives a status from the graph's facts, the first rule that applies winning: a staff record; a
 * replacing, then a repealing document; the portal's status panel; the effect clause when it says
 * "not yet" or "ended"; the period of an approved program that has ended; the effect clause saying the
 * document took effect; else UNKNOWN.
 * <p>
 * Why an ended program outranks "có hiệu lực kể từ ngày ký": nearly every decision says it takes effect on
 * signing, so that clause only tells when it started; a decision approving a program "đến năm 2020" says
 * when it ends through the program, and would otherwise never be seen as expired.
 * A staff record of UNKNOWN withdraws the staff decision: the derivation goes on as if there were none.
 */
final class ValidityRules {

    /** The portal's "Tình trạng" values, folded; the more specific first ("hết hiệu lực một phần" before "hết hiệu lực"). */
    private static final List<Map.Entry<String, ValidityStatus>> PORTAL = List.of(
            Map.entry("het hieu luc mot phan", ValidityStatus.PARTLY_EXPIRED),
            Map.entry("het hieu luc", ValidityStatus.EXPIRED),
            Map.entry("chua co hieu luc", ValidityStatus.NOT_YET_IN_FORCE),
            Map.entry("con hieu luc", ValidityStatus.IN_FORCE));

    private ValidityRules() {
    }

    static Validity derive(ValidityFacts f, LocalDate today) {
        StaffStatus staff = f.staff();
        Validity.DocumentLink replacer = link(f.replacedBy());
        if (staff != null && parse(staff.status()) != ValidityStatus.UNKNOWN) {
            ValidityStatus status = parse(staff.status());
            return new Validity(f.documentId(), f.number(), status, ValiditySource.STAFF,
                    status == ValidityStatus.REPLACED ? replacer : null, staff.note(), staff.note(), staff.setBy(), staff.setAt());
        }
        if (f.replacedBy() != null) {
            return of(f, ValidityStatus.REPLACED, ValiditySource.REPLACEMENT, replacer, f.replacedBy().quote());
        }
        if (f.repealedBy() != null) {
            return of(f, ValidityStatus.EXPIRED, ValiditySource.REPEAL, link(f.repealedBy()), f.repealedBy().quote());
        }
        ValidityStatus portal = portal(f.portalStatus());
        if (portal != null) {
            return of(f, portal, ValiditySource.PORTAL, null, "Tình trạng: " + f.portalStatus().strip());
        }
        if (f.effectiveDate() != null && f.effectiveDate().isAfter(today)) {
            return of(f, ValidityStatus.NOT_YET_IN_FORCE, ValiditySource.EFFECT_CLAUSE, null, effectEvidence(f));
        }
        if (f.effectEndDate() != null && f.effectEndDate().isBefore(today)) {
            return of(f, ValidityStatus.EXPIRED, ValiditySource.EFFECT_CLAUSE, null, effectEvidence(f));
        }
        ProgramRef program = f.latestEndingProgram();
        if (program != null && program.toYear() != null && program.toYear() < today.getYear()) {
            String period = program.fromYear() == null ? "to " + program.toYear() : program.fromYear() + "-" + program.toYear();
            return of(f, ValidityStatus.EXPIRED, ValiditySource.PROGRAM_PERIOD, null,
                    "approves " + (program.name() != null ? program.name() : program.key()) + " (" + period
                            + "), whose period ended in " + program.toYear());
        }
        if (f.effectiveDate() != null || f.effectText() != null) {
            return of(f, ValidityStatus.IN_FORCE, ValiditySource.EFFECT_CLAUSE, null, effectEvidence(f));
        }
        return Validity.unknown(f.documentId(), f.number());
    }

    /** A status name as staff or the graph wrote it, case ignored; null when it is none of {@link ValidityStatus}. */
    static ValidityStatus parseOrNull(String status) {
        if (status == null) {
            return null;
        }
        try {
            return ValidityStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT).replace(' ', '_').replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static ValidityStatus portal(String portalStatus) {
        if (portalStatus == null || portalStatus.isBlank()) {
            return null;
        }
        String folded = DocumentNumbers.fold(portalStatus).replaceAll("\\s+", " ").strip();
        return PORTAL.stream().filter(e -> folded.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static ValidityStatus parse(String status) {
        ValidityStatus parsed = parseOrNull(status);
        return parsed == null ? ValidityStatus.UNKNOWN : parsed;
    }

    private static Validity of(ValidityFacts f, ValidityStatus status, ValiditySource source, Validity.DocumentLink by,
                               String evidence) {
        return new Validity(f.documentId(), f.number(), status, source, by, evidence, null, null, null);
    }

    private static Validity.DocumentLink link(ValidityFacts.Change change) {
        return change == null ? null : new Validity.DocumentLink(change.id(), change.number());
    }

    private static String effectEvidence(ValidityFacts f) {
        if (f.effectText() != null) {
            return f.effectText();
        }
        return "in force from " + f.effectiveDate() + (f.effectEndDate() == null ? "" : " to " + f.effectEndDate());
    }
}
