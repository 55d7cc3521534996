package vn.vbtrace.index;

import java.util.List;

import vn.vbtrace.document.FilterField;

/**
 * The validity statuses as the index keeps them: a small number per document in an updatable doc-values
 * field, so a status that changes (a replacing decision arrives, staff record an expiry, a date passes)
 * is rewritten in place without analysing the text again. The names are those of
 * vn.vbtrace.validity.ValidityStatus; a test keeps the two lists equal.
 */
public final class ValidityCodes {

    public static final String UNKNOWN = "UNKNOWN";

    /** Position = code: the status filter's codes, in their declared order (append only, codes are stored in existing indexes). */
    static final List<String> NAMES = FilterField.STATUS.codes();

    private ValidityCodes() {
    }

    /** The code of a status name, case ignored; -1 when it is not one. */
    static int code(String name) {
        return name == null ? -1 : NAMES.indexOf(name.strip().toUpperCase(java.util.Locale.ROOT));
    }

    static String name(long code) {
        return code >= 0 && code < NAMES.size() ? NAMES.get((int) code) : UNKNOWN;
    }

    public static List<String> names() {
        return NAMES;
    }
}
