package vn.vbtrace.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The signer from the signature block: an authority line ("KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN
 * DÂN"), position lines in capitals ("PHÓ CHỦ TỊCH", "THỨ TRƯỞNG"), then the name in title case.
 */
final class SignerFinder {

    private static final Pattern AUTHORITY = Pattern.compile(
            "^(?:(?:KT|TM|TL|Q|TUQ)\\.\\s*\\p{Lu}.*|(?:PHÓ\\s+)?(?:CHỦ TỊCH|BỘ TRƯỞNG|THỨ TRƯỞNG|GIÁM ĐỐC"
                    + "|TỔNG CỤC TRƯỞNG|CHÁNH VĂN PHÒNG|TRƯỞNG BAN|THỦ TƯỚNG|CỤC TRƯỞNG|VỤ TRƯỞNG))$");
    /** Two to five words, each capitalized and not all capitals: "Đỗ Thị Minh Hoa". */
    private static final Pattern NAME = Pattern.compile("^\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}$");

    private SignerFinder() {
    }

    /** The signer's name and the title lines above it, joined as written: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH". */
    record Signature(String signer, String title) {
    }

    static Signature find(TextLines lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!AUTHORITY.matcher(lines.get(i)).matches()) {
                continue;
            }
            List<String> title = new ArrayList<>(List.of(lines.get(i)));
            for (int k = i + 1; k < Math.min(lines.size(), i + 5); k++) {
                String line = lines.get(k);
                if (line.isEmpty()) {
                    continue; // a blank left by the layout
                }
                if (TextLines.isAllCaps(line)) {
                    title.add(line); // further position lines: "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"
                    continue;
                }
                if (NAME.matcher(line).matches()) {
                    return new Signature(line, String.join(" / ", title));
                }
                break;
            }
        }
        return new Signature(null, null);
    }
}
