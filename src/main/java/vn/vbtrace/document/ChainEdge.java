package vn.vbtrace.document;

/** A reference in a chain: {@code from} cites {@code to} with {@code relation} (BASED_ON, IMPLEMENTS, ...). */
public record ChainEdge(String from, String to, String relation) {
}
