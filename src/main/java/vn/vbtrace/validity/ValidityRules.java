package vn.vbtrace.validity;

import vn.vbtrace.document.ProgramRef;
import vn.vbtrace.document.StaffStatus;
import vn.vbtrace.document.TextFold;
import vn.vbtrace.graph.ValidityFacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Derives a status from the graph's facts, the first rule that applies winning: a staff record; a
 * replacing, then a repealing document (held, or stated by the catalog; which relations replace and which end a
 * document is {@link vn.vbtrace.document.Relation#validityEffect()}'s to say); the national catalog's record (its expiry
 * or effective date, else its status); the portal's status panel; the effect clause when it says
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
            Map.entry("ngung hieu luc", ValidityStatus.EXPIRED),
            Map.entry("chua co hieu luc", ValidityStatus.NOT_YET_IN_FORCE),
            Map.entry("con hieu luc", ValidityStatus.IN_FORCE));

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

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
            return change(f, ValidityStatus.REPLACED, ValiditySource.REPLACEMENT, f.replacedBy());
        }
        if (f.repealedBy() != null) {
            return change(f, ValidityStatus.EXPIRED, ValiditySource.REPEAL, f.repealedBy());
        }
        Validity catalog = catalog(f, today);
        if (catalog != null) {
            return catalog;
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
            String period = program.fromYear() == null ? "đến năm " + program.toYear() : program.fromYear() + "-" + program.toYear();
            return of(f, ValidityStatus.EXPIRED, ValiditySource.PROGRAM_PERIOD, null,
                    "phê duyệt " + (program.name() != null ? program.name() : program.key()) + " (" + period
                            + "), thời hạn đã kết thúc năm " + program.toYear());
        }
        if (f.effectiveDate() != null || f.effectText() != null) {
            return of(f, ValidityStatus.IN_FORCE, ValiditySource.EFFECT_CLAUSE, null, effectEvidence(f));
        }
        return Validity.unknown(f.documentId(), f.number());
    }

    /**
     * The catalog's record: its expiry or effective date when the calendar has passed or not reached it (a status
     * written on import goes stale, a date does not), else the status it states. Null when it says nothing usable.
     */
    private static Validity catalog(ValidityFacts f, LocalDate today) {
        ValidityFacts.CatalogStatus c = f.catalog();
        if (c == null) {
            return null;
        }
        String url = c.source() == null ? "" : " (" + c.source() + ")";
        if (c.expiryDate() != null && c.expiryDate().isBefore(today)) {
            return of(f, ValidityStatus.EXPIRED, ValiditySource.CATALOG, null,
                    "Danh mục văn bản: hết hiệu lực từ " + c.expiryDate() + url, c.source());
        }
        if (c.effectiveDate() != null && c.effectiveDate().isAfter(today)) {
            return of(f, ValidityStatus.NOT_YET_IN_FORCE, ValiditySource.CATALOG, null,
                    "Danh mục văn bản: có hiệu lực từ " + c.effectiveDate() + url, c.source());
        }
        ValidityStatus stated = portal(c.status());
        if (stated == null) {
            stated = parseOrNull(c.status());
        }
        if (stated == null || stated == ValidityStatus.UNKNOWN) {
            return null;
        }
        return of(f, stated, ValiditySource.CATALOG, null, "Danh mục văn bản: " + c.status().strip() + url, c.source());
    }

    /**
     * Replaced or repealed: the clause of the replacing document, or the catalog record that states it in the words of
     * the relation's label ("thay thế", "bãi bỏ").
     */
    private static Validity change(ValidityFacts f, ValidityStatus status, ValiditySource source, ValidityFacts.Change by) {
        String verb = by.relation() == null ? "thay đổi hiệu lực của" : by.relation().label().toLowerCase(VIETNAMESE);
        String evidence = by.quote() != null ? by.quote()
                : by.source() != null ? "Danh mục văn bản: " + by.number() + " " + verb + " văn bản này (" + by.source() + ")"
                : null;
        return of(f, status, source, link(by), evidence, by.source());
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
        String folded = TextFold.fold(portalStatus).replaceAll("\\s+", " ").strip();
        return PORTAL.stream().filter(e -> folded.startsWith(e.getKey())).map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static ValidityStatus parse(String status) {
        ValidityStatus parsed = parseOrNull(status);
        return parsed == null ? ValidityStatus.UNKNOWN : parsed;
    }

    private static Validity of(ValidityFacts f, ValidityStatus status, ValiditySource source, Validity.DocumentLink by,
                               String evidence) {
        return of(f, status, source, by, evidence, null);
    }

    private static Validity of(ValidityFacts f, ValidityStatus status, ValiditySource source, Validity.DocumentLink by,
                               String evidence, String sourceUrl) {
        return new Validity(f.documentId(), f.number(), status, source, by, evidence, null, null, null, sourceUrl);
    }

    private static Validity.DocumentLink link(ValidityFacts.Change change) {
        return change == null ? null : new Validity.DocumentLink(change.id(), change.number());
    }

    private static String effectEvidence(ValidityFacts f) {
        if (f.effectText() != null) {
            return f.effectText();
        }
        return "có hiệu lực từ " + f.effectiveDate() + (f.effectEndDate() == null ? "" : " đến " + f.effectEndDate());
    }
}
