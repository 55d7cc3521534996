package vn.vbtrace.graph;

import java.time.LocalDate;
import java.util.List;

/**
 * A document that documents comparable to a draft take as their legal basis while the draft does
 * not cite it: {@code peers} are the numbers of those comparable documents, most telling first, and
 * {@code peerDocuments} the same with their issuer and place.
 */
public record BasisSuggestion(String id, String number, String title, String type, LocalDate issuedDate,
                              boolean stub, List<String> peers, String issuer, boolean catalog,
                              List<Peer> peerDocuments) {

    /** A comparable document: its number (or title), issuer and place. */
    public record Peer(String number, String issuer, String place) {
    }
}
