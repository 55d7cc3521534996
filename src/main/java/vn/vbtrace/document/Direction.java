package vn.vbtrace.document;

/** Which way a citation chain is followed from its root. */
public enum Direction {
    /** The document's outgoing references: its legal basis and what it cites. */
    UP,
    /** Incoming references: documents that implement, are based on or cite it. */
    DOWN,
    /** Both. */
    BOTH
}
