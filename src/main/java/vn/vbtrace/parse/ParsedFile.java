package vn.vbtrace.parse;

/** The text of one file as its parser gave it, before normalization, and the detected media type. */
public record ParsedFile(String text, String mediaType) {
}
