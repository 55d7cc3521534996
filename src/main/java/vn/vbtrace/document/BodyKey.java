package vn.vbtrace.document;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A body's name as a key, the way staff ask for one body's obligations: folded, punctuation as spaces ("Sở Tài chính"
 * and "so tai chinh" are "so tai chinh"). A duty is found by its body alone and by its body in its province
 * ("so tai chinh tinh bac kan"), so "Sở Tài chính" is that body in every province and "Sở Tài chính tỉnh Bắc Kạn" only
 * the Bắc Kạn one.
 */
public final class BodyKey {

    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\d]+");

    private BodyKey() {
    }

    public static String of(String name) {
        return NOT_A_WORD.matcher(TextFold.fold(name)).replaceAll(" ").strip();
    }

    /** The keys a duty of this body, placed in this province (null: none), is found by. */
    public static List<String> ofDuty(String body, String province) {
        if (body == null || body.isBlank()) {
            return List.of();
        }
        return province == null || province.isBlank() ? List.of(of(body)) : List.of(of(body), of(body + " tỉnh " + province));
    }
}
