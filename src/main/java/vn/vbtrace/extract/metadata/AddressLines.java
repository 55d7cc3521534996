package vn.vbtrace.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.vbtrace.extract.assignment.BodyList;
import vn.vbtrace.extract.vocab.Bodies;

/**
 * The bodies a document is sent to: after "Kính gửi:" (the addressees) and under "Nơi nhận:"
 * (the distribution list), one body per entry. A shared head noun expands ("Các Bộ: Công thương,
 * Y tế" gives "Bộ Công Thương", "Bộ Y tế"); a known alias becomes its canonical name ("Tổng cục
 * TCĐLCL"); an entry the vocabulary does not know stays as written. The filing lines ("Như trên",
 * "Như Điều 3", "Lưu: VT, TĐC") are not bodies and are dropped.
 */
final class AddressLines {

    private static final Pattern ENTRY_MARK = Pattern.compile("^[-+•]\\s*");
    private static final Pattern ENTRY_SPLIT = Pattern.compile("\\s*;\\s*(?:[-+•]\\s*)?");
    private static final Pattern FILING = Pattern.compile("^(?:Như\\s|Lưu\\b|Lưu\\s*:|Lưu\\s+trữ)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "(để b/c)", "(b/c)", "(đ/b)": what the copy is for, not part of the name. */
    private static final Pattern PURPOSE = Pattern.compile("\\s*\\((?:để\\s+)?[\\p{L}]{1,4}/[\\p{L}]{1,4}\\)");
    private static final Pattern TRAILING_PROVINCE = Pattern.compile("\\s+tỉnh$");
    /** "Sở Tài chính tỉnh Bắc Kạn": the body without its province, which the province rules place. */
    private static final Pattern PROVINCE_NAME = Pattern.compile("\\s+tỉnh(?:\\s+\\p{Lu}\\p{Ll}*)+$");

    private final BodyList bodyList;
    private final Bodies bodies;

    AddressLines(BodyList bodyList, Bodies bodies) {
        this.bodyList = bodyList;
        this.bodies = bodies;
    }

    List<String> addressees(TextLines lines) {
        return entriesAfter(lines, "Kính gửi");
    }

    List<String> recipients(TextLines lines) {
        return entriesAfter(lines, "Nơi nhận");
    }

    /** The entries on the label's own line after the colon, then on the dash lines below it. */
    private List<String> entriesAfter(TextLines lines, String label) {
        List<String> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith(label)) {
                continue;
            }
            String inline = line.substring(label.length()).replaceFirst("^\\s*:?\\s*", "");
            addEntries(inline, found);
            for (int k = i + 1; k < lines.size(); k++) {
                String next = lines.get(k);
                if (next.isEmpty()) {
                    continue;
                }
                if (!ENTRY_MARK.matcher(next).find()) {
                    break;
                }
                addEntries(next, found);
            }
            break;
        }
        return found;
    }

    private void addEntries(String line, List<String> found) {
        String unmarked = ENTRY_MARK.matcher(line.strip()).replaceFirst("");
        for (String entry : ENTRY_SPLIT.split(unmarked)) {
            String clean = PURPOSE.matcher(entry).replaceAll("").replaceAll("[;.,]+$", "").strip();
            if (clean.isEmpty() || FILING.matcher(clean).find()) {
                continue;
            }
            for (String body : bodiesOf(clean)) {
                if (!found.contains(body)) {
                    found.add(body);
                }
            }
        }
    }

    /** The canonical bodies of one entry when the vocabulary reads all of it, else the entry as written. */
    private List<String> bodiesOf(String entry) {
        for (String form : List.of(entry, PROVINCE_NAME.matcher(entry).replaceFirst(""))) {
            BodyList.Read read = bodyList.read(form);
            if (!read.bodies().isEmpty() && read.end() >= form.length()) {
                return read.bodies();
            }
        }
        String canonical = bodies.canonical(TRAILING_PROVINCE.matcher(entry).replaceFirst(""));
        return List.of(canonical != null ? canonical : entry);
    }
}
