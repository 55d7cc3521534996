package vn.vbtrace.search;

import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.FieldOrigin;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The "document" object of the contract: the id and source with the extracted metadata, plus the
 * signature title, the Kính gửi and Nơi nhận bodies and a portal's status panel when the text has them,
 * and for each field where it was read ({@code provenance}: header, portal panel, page title, ...; empty
 * for a document not read from a text, such as a stub).
 */
public record DocumentHeader(String id, String source, String number, String type, String issuer,
                             LocalDate issuedDate, String place, String title, String signer,
                             String signerTitle, List<String> addressees, List<String> recipients, String portalStatus,
                             Map<String, FieldOrigin> provenance) {

    public static DocumentHeader of(String id, String source, DocumentMetadata meta) {
        return new DocumentHeader(id, source, meta.number(), meta.type(), meta.issuer(), meta.issuedDate(),
                meta.place(), meta.title(), meta.signer(), meta.signerTitle(), meta.addressees(), meta.recipients(),
                meta.portalStatus(), meta.provenance());
    }
}
