package vn.vbtrace.index;

/** What the index keeps of one document for display: its text and its extraction as JSON. */
public record StoredDocument(String id, String source, String number, String type, String issuer, String issuedDate,
                             String title, String text, String extractionJson, String contentHash) {
}
