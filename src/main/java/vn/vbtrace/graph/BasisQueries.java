package vn.vbtrace.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import java.util.List;
import java.util.Map;

/**
 * Bases a draft may be missing. Comparable documents are the ingested documents that cite at least
 * one of the documents the draft cites (a cited plan counts too: what the plan rests on, the plan
 * implementing it usually rests on as well); what they take as basis (BASED_ON) and the draft does
 * not cite is a candidate, most shared first, with the comparable documents that rest on it (their issuer
 * and place, so the caller can keep a province's own bases to that province).
 */
final class BasisQueries {

    /** Peers are bounded (the newest first) so that a hub's thousands of citers cost the same as ten. */
    static final String BASES_OF_PEERS = """
            UNWIND $cited AS cid
            MATCH (:Document {id: cid})<--(peer:Document)
            WHERE peer.stub = false
            WITH DISTINCT peer ORDER BY peer.issuedDate DESC, peer.id LIMIT $peerLimit
            MATCH (peer)-[:BASED_ON]->(basis:Document)
            WHERE NOT basis.id IN $cited
            WITH basis, peer ORDER BY peer.issuedDate DESC, peer.number
            WITH basis, collect(DISTINCT {number: coalesce(peer.number, peer.title), issuer: peer.issuer, place: peer.place}) AS peers
            RETURN basis.id AS id, basis.number AS number, coalesce(basis.catalogTitle, basis.title) AS title,
                   basis.type AS type, basis.issuer AS issuer, basis.issuedDate AS issuedDate, basis.stub AS stub,
                   coalesce(basis.catalog, false) AS catalog, peers
            ORDER BY size(peers) DESC, basis.issuedDate DESC, basis.id
            LIMIT $limit
            """;

    private static final int PEER_LIMIT = 200;

    private final Driver driver;

    BasisQueries(Driver driver) {
        this.driver = driver;
    }

    List<BasisSuggestion> basesOfPeers(List<String> citedIds, int limit) {
        if (citedIds.isEmpty()) {
            return List.of();
        }
        List<Record> records = driver.executableQuery(BASES_OF_PEERS)
                .withParameters(Map.of("cited", citedIds, "limit", limit, "peerLimit", PEER_LIMIT))
                .withConfig(DocumentQueries.READ).execute().records();
        return records.stream().map(BasisQueries::suggestion).toList();
    }

    private static BasisSuggestion suggestion(Record r) {
        List<BasisSuggestion.Peer> peers = r.get("peers").asList(v -> new BasisSuggestion.Peer(
                v.get("number").asString(null), v.get("issuer").asString(null), v.get("place").asString(null)));
        return new BasisSuggestion(r.get("id").asString(), r.get("number").asString(null), r.get("title").asString(null),
                r.get("type").asString(null), DocumentQueries.date(r.get("issuedDate")),
                r.get("stub").asBoolean(false), peers.stream().map(BasisSuggestion.Peer::number).toList(),
                r.get("issuer").asString(null), r.get("catalog").asBoolean(false), peers);
    }
}
