package vn.vbtrace.document;

import java.time.LocalDate;
import java.util.List;

/**
 * What a document says about itself in its header, its signature block, its address lines
 * and, for a file saved from a web portal, the portal's attribute panel.
 * Every field is null (or an empty list) when the text does not state it: never a guess.
 *
 * @param signerTitle  the signature block's title as written, e.g. "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
 * @param addressees   bodies after "Kính gửi:", one per entry
 * @param recipients   bodies under "Nơi nhận:", one per entry, without the "Như trên"/"Lưu: VT" lines
 * @param portalStatus the portal panel's "Tình trạng" as written ("Còn hiệu lực", "Hết hiệu lực toàn bộ")
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
        String portalStatus) {

    public DocumentMetadata {
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    /** The header fields only; signature title, address lines and portal status unknown. */
    public DocumentMetadata(String number, String type, String issuer, LocalDate issuedDate,
                            String place, String title, String signer) {
        this(number, type, issuer, issuedDate, place, title, signer, null, List.of(), List.of(), null);
    }

    public static DocumentMetadata empty() {
        return new DocumentMetadata(null, null, null, null, null, null, null);
    }
}
