package vn.vbtrace.document;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a document says about itself in its header, its signature block, its address lines
 * and, for a file saved from a web portal, the portal's attribute panel.
 * Every field is null (or an empty list) when the text does not state it: never a guess.
 *
 * @param signerTitle  the signature block's title as written, e.g. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
 * @param addressees   bodies after "Kính gửi:", one per entry
 * @param recipients   bodies under "Nơi nhận:", one per entry, without the "Như trên"/"Lưu: VT" lines
 * @param portalStatus the portal panel's "Tình trạng" as written ("Còn hiệu lực", "Hết hiệu lực toàn bộ")
 * @param provenance   for each field found ("number", "type", "issuer", "issuedDate", "place", "title", "signer"),
 *                     where it came from and what other parts of the text say
 */
public record DocumentMetadata(
        String number,
        String type,
        String issuer,
        LocalDate issuedDate,
        String place,
        String title,
        String signer,
        String signerTitle,
        List<String> addressees,
        List<String> recipients,
        String portalStatus,
        Map<String, FieldOrigin> provenance) {

    public DocumentMetadata {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        provenance = provenance == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(provenance));
    }

    /** All fields but the provenance, which is then unknown (documents made by hand, in tests and seeds). */
    public DocumentMetadata(String number, String type, String issuer, LocalDate issuedDate, String place,
                            String title, String signer, String signerTitle, List<String> addressees,
                            List<String> recipients, String portalStatus) {
        this(number, type, issuer, issuedDate, place, title, signer, signerTitle, addressees, recipients,
                portalStatus, Map.of());
    }

    /** The header fields only; signature title, address lines and portal status unknown. */
    public DocumentMetadata(String number, String type, String issuer, LocalDate issuedDate,
                            String place, String title, String signer) {
        this(number, type, issuer, issuedDate, place, title, signer, null, List.of(), List.of(), null, Map.of());
    }

    public static DocumentMetadata empty() {
        return new DocumentMetadata(null, null, null, null, null, null, null);
    }
}
