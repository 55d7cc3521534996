package vn.vbtrace.search;

import vn.vbtrace.document.DocumentMetadata;

import java.time.LocalDate;
import java.util.List;

/**
 * The "document" object of the contract: the id and source with the extracted metadata, plus the
 * signature title, the Kính gửi and Nơi nhận bodies and a portal's status panel when the text has them.
 */
public record DocumentHeader(String id, String source, String number, String type, String issuer,
                             LocalDate issuedDate, String place, String title, String signer,
                             String signerTitle, List<String> addressees, List<String> recipients, String portalStatus) {

    public static DocumentHeader of(String id, String source, DocumentMetadata meta) {
        return new DocumentHeader(id, source, meta.number(), meta.type(), meta.issuer(), meta.issuedDate(),
                meta.place(), meta.title(), meta.signer(), meta.signerTitle(), meta.addressees(), meta.recipients(),
                meta.portalStatus());
    }
}
