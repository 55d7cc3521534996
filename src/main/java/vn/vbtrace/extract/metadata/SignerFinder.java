package vn.vbtrace.extract.metadata;

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

    static String find(TextLines lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (!AUTHORITY.matcher(lines.get(i)).matches()) {
                continue;
            }
            for (int k = i + 1; k < Math.min(lines.size(), i + 5); k++) {
                String line = lines.get(k);
                if (line.isEmpty() || TextLines.isAllCaps(line)) {
                    continue; // further position lines, or a blank left by the layout
                }
                if (NAME.matcher(line).matches()) {
                    return line;
                }
                break;
            }
        }
        return null;
    }
}
