package vn.vbtrace.trace;

import vn.vbtrace.document.TextFold;

import java.util.List;

/** A body's name as staff write it with its province ("Sở Tài chính tỉnh Thái Nguyên"), taken apart. */
final class QualifiedBodyName {

    private QualifiedBodyName() {
    }

    /** "Sở Tài chính tỉnh Thái Nguyên" → ["Sở Tài chính", "Thái Nguyên"]; a name without a province → [name, null]. */
    static String[] split(String name) {
        String folded = TextFold.fold(name);
        for (String marker : List.of(" tinh ", " thanh pho ")) {
            int at = folded.lastIndexOf(marker);
            if (at > 0) {
                return new String[] {name.substring(0, at).strip(), name.substring(at + marker.length()).strip()};
            }
        }
        return new String[] {name, null};
    }

    /** The name of a (body, province or null) pair, as {@link #split} reads it back. */
    static String join(String body, String province) {
        return province == null ? body : body + " tỉnh " + province;
    }
}
