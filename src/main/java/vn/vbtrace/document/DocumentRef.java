package vn.vbtrace.document;

/** A document named from a program: {@code stub} when it is only known from citations. */
public record DocumentRef(String id, String number, String title, boolean stub) {
}
