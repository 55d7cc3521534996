package vn.vbtrace.document;

import java.time.Instant;

/**
 * A document as the stores keep it: its id, where it came from, the hash of the
 * original file, the normalized text the user sees, and what was extracted from it.
 */
public record IngestedDocument(
        String id,
        String source,
        String contentHash,
        String text,
        Extraction extraction,
        Instant ingestedAt) {

    public DocumentMetadata metadata() {
        return extraction.document();
    }

    /** The same document under another id (a server's rehearsal lends it a held document's; tests their own). */
    public IngestedDocument withId(String newId) {
        return new IngestedDocument(newId, source, contentHash, text, extraction, ingestedAt);
    }
}
