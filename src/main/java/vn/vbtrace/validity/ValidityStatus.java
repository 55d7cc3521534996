package vn.vbtrace.validity;

/** Whether a document is in force, as far as the repository can tell. */
public enum ValidityStatus {
    IN_FORCE,
    NOT_YET_IN_FORCE,
    EXPIRED,
    PARTLY_EXPIRED,
    /** Replaced by another document ("thay thế"); the replacing one is named. */
    REPLACED,
    UNKNOWN
}
