package vn.vbtrace.check;

import vn.vbtrace.document.TextFold;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.vbtrace.document.Reference;
import vn.vbtrace.reorg.Succession;
import vn.vbtrace.reorg.Successions;
import vn.vbtrace.document.Successor;

/**
 * The bodies and provinces a draft names that the 2025 reorganization abolished before the draft's date: a Sở Kế
 * hoạch và Đầu tư after 1 March 2025, "tỉnh Bắc Kạn" after 1 July 2025, each with who holds its duties now. Names
 * inside a citation are history ("Quyết định số 1852/QĐ-UBND ... của UBND tỉnh Bắc Kạn") and are not flagged.
 */
final class ReorganizationScan {

    private final Successions successions;

    ReorganizationScan(Successions successions) {
        this.successions = successions;
    }

    List<CheckReport.NameCheck> scan(String text, List<Reference> references, LocalDate asOf, String draftProvince) {
        String folded = TextFold.fold(text);
        List<CheckReport.NameCheck> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Succession row : successions.rows()) {
            if (row.since().isAfter(asOf)) {
                continue;
            }
            boolean province = row.kind() == Succession.Kind.PROVINCE;
            String name = province ? Successions.bare(row.old()) : row.old();
            Pattern pattern = Pattern.compile((province ? "(?:tinh|thanh pho)\\s+" : "") + words(name) + "(?![\\p{L}\\d])");
            Matcher m = pattern.matcher(folded);
            while (m.find()) {
                if (m.start() > 0 && Character.isLetterOrDigit(folded.charAt(m.start() - 1)) || inCitation(m.start(), references)) {
                    continue;
                }
                String written = text.substring(m.start(), Math.min(text.length(), m.end()));
                if (!seen.add(row.kind() + "|" + TextFold.fold(written))) {
                    break;
                }
                Successor successor = province
                        ? successions.successor("Ủy ban nhân dân", name, asOf).orElse(null)
                        : successions.successor(row.old(), provinceAfter(text, folded, m.end(), draftProvince), asOf).orElse(null);
                String now = successor == null ? row.successor()
                        : province ? successor.province() : successor.name();
                String message = (province
                        ? "Dự thảo nêu " + written + ", đơn vị hành chính không còn từ " + Messages.date(row.since()) + ": nay thuộc "
                        : "Dự thảo nêu " + written + ", cơ quan không còn từ " + Messages.date(row.since()) + ": nay là ")
                        + (province ? row.successor() : now)
                        + ", theo " + row.basis();
                found.add(new CheckReport.NameCheck(province ? "FORMER_PROVINCE" : "ABOLISHED_BODY", written, m.start(), m.end(),
                        successor, message));
                break; // one flag per name: the first place it is written
            }
        }
        return found;
    }

    /** "Sở Kế hoạch và Đầu tư tỉnh Bắc Kạn": the province written right after the body, else the draft's own. */
    private static String provinceAfter(String text, String folded, int end, String draftProvince) {
        Matcher m = AFTER.matcher(folded.substring(end, Math.min(folded.length(), end + 60)));
        return m.find() && folded.length() == text.length() ? text.substring(end + m.start(1), end + m.end(1)).strip() : draftProvince;
    }

    private static final Pattern AFTER = Pattern.compile(
            "^\\s+(?:tinh|thanh pho)\\s+([\\p{L} ]{2,30}?)(?=[,.;:\\n]|\\s{2}|\\s(?:va|chu|phoi|thuc|co|de|tham)\\s|$)");

    private static boolean inCitation(int at, List<Reference> references) {
        return references.stream().anyMatch(r -> at >= r.start() && at < r.end());
    }

    /** A name's words as a pattern over folded text: any spacing, a dash or comma optional between words. */
    private static String words(String name) {
        String[] parts = TextFold.fold(name).replaceAll("[^\\p{L}\\d]+", " ").strip().split(" ");
        return String.join("[\\s,\\-–]+", java.util.Arrays.stream(parts).map(Pattern::quote).toList());
    }
}
