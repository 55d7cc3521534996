package vn.vbtrace.validity;

/** Where a status comes from, so that a user can judge how far to trust it. */
public enum ValiditySource {
    /** A staff member recorded it by hand, with a note. */
    STAFF,
    /** A document in the repository replaces this one. */
    REPLACEMENT,
    /** A document in the repository repeals this one ("bãi bỏ"). */
    REPEAL,
    /** The portal's "Tình trạng" panel of the saved page. */
    PORTAL,
    /** The document's own article on its effect ("có hiệu lực kể từ ..."). */
    EFFECT_CLAUSE,
    /** The document approves a program whose period has ended. */
    PROGRAM_PERIOD
}
