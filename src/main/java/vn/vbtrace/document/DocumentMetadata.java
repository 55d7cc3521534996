package vn.vbtrace.document;

import java.time.LocalDate;

/**
 * What a document says about itself in its header and signature block.
 * Every field is null when the text does not state it: never a guess.
 */
public record DocumentMetadata(
        String number,
        String type,
        String issuer,
        LocalDate issuedDate,
        String place,
        String title,
        String signer) {

    public static DocumentMetadata empty() {
        return new DocumentMetadata(null, null, null, null, null, null, null);
    }
}
