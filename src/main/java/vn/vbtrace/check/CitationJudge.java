package vn.vbtrace.check;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import vn.vbtrace.document.Reference;
import vn.vbtrace.graph.CatalogEntry;
import vn.vbtrace.graph.CitationEvidence;
import vn.vbtrace.validity.Validity;

/**
 * The verdicts on one citation, from what is known of the cited document, best source first: the file held in the
 * repository; else the national catalog's record; else what the repository's documents that cite it say (all of
 * them, counted in the database). Only when none of these knows the number is it NOT_FOUND: unknown anywhere.
 */
final class CitationJudge {

    /** What the check found for one citation. {@code record} is the node checked against, null when none. */
    record Facts(Reference reference, NumberRules.Verdict form, String knownAs, CitationEvidence record,
                 CatalogEntry catalog, Validity validity, List<String> extraMessages) {
    }

    private final NumberCodes codes;

    CitationJudge(NumberCodes codes) {
        this.codes = codes;
    }

    CheckReport.CitationCheck judge(Facts f, DraftDate draft, CheckReport.Match match) {
        Reference ref = f.reference();
        List<Verdict> verdicts = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        String name = Messages.name(ref.number(), ref.title());
        if (f.form().malformed()) {
            verdicts.add(Verdict.MALFORMED_NUMBER);
            messages.add("Số ký hiệu sai thể thức: " + f.form().reason()
                    + (f.knownAs() != null && !f.form().reason().contains(f.knownAs()) ? "; văn bản được biết với số " + f.knownAs() : ""));
        }
        if (ref.number() != null) {
            codeMismatches(ref, verdicts, messages);
        }
        CitationEvidence record = f.record();
        LocalDate recordDate = null;
        if (record != null && !record.stub()) {
            recordDate = record.issuedDate();
            compare(ref, record.type(), record.issuer(), record.issuedDate(), Messages.name(record.number(), record.title())
                    + " (văn bản trong kho)", verdicts, messages);
            otherDates(record, record.issuedDate(), messages);
        } else if (f.catalog() != null) {
            CatalogEntry c = f.catalog();
            recordDate = c.issuedDate();
            String what = Messages.name(c.number(), c.title()) + " (theo danh mục văn bản" + (c.sourceUrl() == null ? "" : ", " + c.sourceUrl()) + ")";
            compare(ref, c.type(), c.issuer(), c.issuedDate(), what, verdicts, messages);
            messages.add(Messages.name(c.number(), c.title()) + ": kho không lưu toàn văn; thông tin theo danh mục văn bản"
                    + (c.sourceUrl() == null ? "" : " (" + c.sourceUrl() + ")")
                    + (record != null && record.citers() > 0 ? "; " + record.citers() + " văn bản trong kho trích dẫn" : ""));
            if (record != null) {
                otherDates(record, c.issuedDate(), messages);
            }
        } else if (record != null && record.citers() > 0) {
            byCiters(ref, record, verdicts, messages);
        } else {
            verdicts.add(Verdict.NOT_FOUND);
            messages.add(name + " không có ở đâu cả: kho không lưu, không văn bản nào trong kho trích dẫn, danh mục văn bản"
                    + " không có (nhiều khả năng số ký hiệu sai)"
                    + (f.form().rightForm() != null ? "; đúng thể thức là " + f.form().rightForm() : ""));
        }
        String recordName = record != null ? Messages.name(record.number(), record.title())
                : f.catalog() != null ? Messages.name(f.catalog().number(), f.catalog().title()) : name;
        ValidityVerdicts.add(recordName, f.validity(), verdicts, messages);
        messages.addAll(f.extraMessages());
        issuedAfter(ref, recordDate, draft, verdicts, messages);
        if (verdicts.isEmpty()) {
            verdicts.add(Verdict.OK);
        }
        return new CheckReport.CitationCheck(ref.text(), ref.number(), ref.title(), ref.relation().name(), ref.date(),
                ref.start(), ref.end(), verdicts, messages, match, mentions(record, recordDate, ref.date()), evidence(record),
                f.knownAs() != null ? f.knownAs() : f.form().rightForm());
    }

    /** The type and issuer the number's own codes name, against those written beside it. */
    private void codeMismatches(Reference ref, List<Verdict> verdicts, List<String> messages) {
        String number = ref.number();
        String codedType = codes.type(number);
        if (codedType != null && ref.type() != null && !NumberCodes.typeAgrees(codedType, ref.type())) {
            add(verdicts, Verdict.TYPE_MISMATCH);
            messages.add("Dự thảo ghi là " + ref.type() + ", nhưng mã " + codes.typeCode(number) + " trong số " + number
                    + " là " + codedType);
        }
        String codedIssuer = codes.issuer(number);
        if (codedIssuer != null && ref.issuer() != null && !NumberCodes.issuerAgrees(codedIssuer, ref.issuer())) {
            add(verdicts, Verdict.ISSUER_MISMATCH);
            messages.add("Dự thảo ghi cơ quan ban hành là " + ref.issuer() + ", nhưng mã " + codes.issuerCode(number)
                    + " trong số " + number + " là " + codedIssuer);
        }
    }

    /** The citation against a record (a held file or the catalog): date, issuer, type. */
    private static void compare(Reference ref, String type, String issuer, LocalDate date, String what,
                                List<Verdict> verdicts, List<String> messages) {
        if (ref.date() != null && date != null && !ref.date().equals(date)) {
            add(verdicts, Verdict.DATE_MISMATCH);
            messages.add("Dự thảo ghi ngày " + Messages.date(ref.date()) + "; " + what + " ban hành ngày " + Messages.date(date));
        }
        if (ref.issuer() != null && issuer != null && !NumberCodes.issuerAgrees(issuer, ref.issuer())
                && !NumberCodes.issuerAgrees(ref.issuer(), issuer)) {
            add(verdicts, Verdict.ISSUER_MISMATCH);
            messages.add("Dự thảo ghi cơ quan ban hành là " + ref.issuer() + "; " + what + " do " + issuer + " ban hành");
        }
        if (ref.type() != null && type != null && !NumberCodes.typeAgrees(type, ref.type())) {
            add(verdicts, Verdict.TYPE_MISMATCH);
            messages.add("Dự thảo ghi là " + ref.type() + "; " + what + " là " + type);
        }
    }

    /**
     * A document only known from citations: the draft against the dates its citers give. They all agree with the
     * draft → OK; they agree on another date → DATE_MISMATCH; they disagree → say so, and which date most give.
     */
    private static void byCiters(Reference ref, CitationEvidence record, List<Verdict> verdicts, List<String> messages) {
        String name = Messages.name(record.number(), record.title());
        List<CitationEvidence.DateCount> dates = record.dates();
        String known = name + ": kho không lưu văn bản này; " + record.citers() + " văn bản trong kho trích dẫn nó";
        if (dates.isEmpty() || ref.date() == null) {
            messages.add(known + (dates.isEmpty() ? " (không ghi ngày)" : ""));
        } else if (dates.size() == 1) {
            LocalDate given = dates.getFirst().date();
            if (given.equals(ref.date())) {
                messages.add(known + ", đều ghi ngày " + Messages.date(given) + " như dự thảo");
            } else {
                add(verdicts, Verdict.DATE_MISMATCH);
                messages.add("Dự thảo ghi ngày " + Messages.date(ref.date()) + ", nhưng " + dates.getFirst().count()
                        + " văn bản trong kho trích dẫn " + name + " đều ghi ngày " + Messages.date(given));
            }
        } else {
            LocalDate majority = majority(dates);
            messages.add(known + "; các văn bản này ghi ngày khác nhau: " + datesText(dates)
                    + (majority != null ? "; đa số ghi ngày " + Messages.date(majority) : "; không ngày nào được đa số"));
            if (majority != null && !majority.equals(ref.date())) {
                add(verdicts, Verdict.DATE_MISMATCH);
                messages.add("Dự thảo ghi ngày " + Messages.date(ref.date()) + ", khác ngày đa số văn bản trong kho ghi ("
                        + Messages.date(majority) + ")");
            }
        }
        if (ref.type() != null && record.type() != null && !NumberCodes.typeAgrees(record.type(), ref.type())) {
            add(verdicts, Verdict.TYPE_MISMATCH);
            messages.add("Dự thảo ghi là " + ref.type() + "; các văn bản trong kho trích dẫn nó là " + record.type());
        }
        if (ref.issuer() != null && record.issuer() != null && !NumberCodes.issuerAgrees(record.issuer(), ref.issuer())
                && !NumberCodes.issuerAgrees(ref.issuer(), record.issuer())) {
            add(verdicts, Verdict.ISSUER_MISMATCH);
            messages.add("Dự thảo ghi cơ quan ban hành là " + ref.issuer() + "; các văn bản trong kho trích dẫn ghi "
                    + record.issuer());
        }
    }

    /** For a record with its own date: the citers that date it otherwise, counted (information, not a verdict). */
    private static void otherDates(CitationEvidence record, LocalDate date, List<String> messages) {
        if (date == null) {
            return;
        }
        List<CitationEvidence.DateCount> other = record.dates().stream().filter(d -> !d.date().equals(date)).toList();
        if (!other.isEmpty()) {
            messages.add("Có văn bản trong kho trích dẫn " + Messages.name(record.number(), record.title())
                    + " với ngày khác ngày ban hành " + Messages.date(date) + ": " + datesText(other));
        }
    }

    private static void issuedAfter(Reference ref, LocalDate recordDate, DraftDate draft, List<Verdict> verdicts,
                                    List<String> messages) {
        if (draft == null) {
            return;
        }
        if (draft.isBefore(ref.date())) {
            add(verdicts, Verdict.ISSUED_AFTER_DRAFT);
            messages.add("Dự thảo ghi văn bản được trích dẫn ban hành ngày " + Messages.date(ref.date())
                    + ", sau ngày của dự thảo (" + draft.text() + ")");
        } else if (draft.isBefore(recordDate)) {
            add(verdicts, Verdict.ISSUED_AFTER_DRAFT);
            messages.add("Văn bản được trích dẫn ban hành ngày " + Messages.date(recordDate) + ", sau ngày của dự thảo ("
                    + draft.text() + ")");
        }
    }

    /** The date most citers give, or null when the most given dates tie. */
    static LocalDate majority(List<CitationEvidence.DateCount> dates) {
        if (dates.isEmpty()) {
            return null;
        }
        return dates.size() > 1 && dates.get(1).count() == dates.getFirst().count() ? null : dates.getFirst().date();
    }

    private static String datesText(List<CitationEvidence.DateCount> dates) {
        return String.join("; ", dates.stream().map(d -> d.count() + " văn bản ghi ngày " + Messages.date(d.date())).toList());
    }

    private static List<CheckReport.CiterExample> mentions(CitationEvidence record, LocalDate recordDate, LocalDate draftGives) {
        if (record == null) {
            return List.of();
        }
        LocalDate reference = recordDate != null ? recordDate : draftGives;
        return record.examples().stream().map(e -> new CheckReport.CiterExample(e.id(), e.number(), e.citedDate(), e.quote(),
                reference == null || e.citedDate() == null || reference.equals(e.citedDate()))).toList();
    }

    private static CheckReport.Evidence evidence(CitationEvidence record) {
        if (record == null) {
            return new CheckReport.Evidence(0, List.of(), null, false);
        }
        return new CheckReport.Evidence(record.citers(),
                record.dates().stream().map(d -> new CheckReport.DateCount(d.date(), d.count())).toList(),
                majority(record.dates()), record.dates().size() > 1);
    }

    private static void add(List<Verdict> verdicts, Verdict verdict) {
        if (!verdicts.contains(verdict)) {
            verdicts.add(verdict);
        }
    }
}
