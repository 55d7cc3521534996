package vn.vbtrace.security;

import java.util.Locale;

/** What a signed-in user may do; each role includes the ones before it. */
public enum Role {
    /** Reads: search, documents, chains, checks of drafts. */
    VIEWER,
    /** Writes to the repository: uploads, staff status records, re-extraction. */
    EDITOR,
    /** Manages the users. */
    ADMIN;

    /** The name as users type it: viewer, editor, admin. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** viewer, editor or admin, in any case; null when it is none of them. */
    public static Role parseOrNull(String value) {
        if (value == null) {
            return null;
        }
        for (Role role : values()) {
            if (role.label().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        return null;
    }
}
