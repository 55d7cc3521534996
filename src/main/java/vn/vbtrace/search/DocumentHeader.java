package vn.vbtrace.search;

import vn.vbtrace.document.DocumentMetadata;

import java.time.LocalDate;

/** The "document" object of the contract: the id and source with the extracted metadata. */
public record DocumentHeader(String id, String source, String number, String type, String issuer,
                             LocalDate issuedDate, String place, String title, String signer) {

    public static DocumentHeader of(String id, String source, DocumentMetadata meta) {
        return new DocumentHeader(id, source, meta.number(), meta.type(), meta.issuer(), meta.issuedDate(),
                meta.place(), meta.title(), meta.signer());
    }
}
