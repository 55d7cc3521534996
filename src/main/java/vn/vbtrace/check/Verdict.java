package vn.vbtrace.check;

/** What the check says of one citation (CONTRACT.md). */
public enum Verdict {
    OK,
    NOT_FOUND,
    MALFORMED_NUMBER,
    DATE_MISMATCH,
    ISSUER_MISMATCH,
    TYPE_MISMATCH,
    NOT_IN_FORCE,
    SUPERSEDED,
    ISSUED_AFTER_DRAFT
}
