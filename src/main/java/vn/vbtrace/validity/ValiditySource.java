package vn.vbtrace.validity;

/** Where a status comes from, so that a user can judge how far to trust it. */
public enum ValiditySource {
    /** A staff member recorded it by hand, with a note. */
    STAFF,
    /** A document in the repository (or the catalog, when it states the relation) replaces this one. */
    REPLACEMENT,
    /** A document in the repository (or the catalog) ends this one's effect: "bãi bỏ", or another relation whose validity effect is ENDS. */
    REPEAL,
    /** The national catalog's record: its status, effective or expiry date (the record's URL is given). */
    CATALOG,
    /** The portal's "Tình trạng" panel of the saved page. */
    PORTAL,
    /** The document's own article on its effect ("có hiệu lực kể từ ..."). */
    EFFECT_CLAUSE,
    /** The document approves a program whose period has ended. */
    PROGRAM_PERIOD
}
