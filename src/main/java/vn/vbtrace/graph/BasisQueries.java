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

    /**
     * The bases of the given peers: bounded by the caller, who takes the newest of the cited documents' citers from the
     * search index ({@code SearchIndex.newestCiters}), so a hub's thousands of citers cost the same as ten.
     */
    static final String BASES_OF_PEERS = """
            UNWIND $peers AS pid
            MATCH (peer:Document {id: pid})
            WHERE peer.stub = false
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

    private final Driver driver;

    BasisQueries(Driver driver) {
        this.driver = driver;
    }

    List<BasisSuggestion> basesOfPeers(List<String> citedIds, List<String> peerIds, int limit) {
        if (citedIds.isEmpty() || peerIds.isEmpty()) {
            return List.of();
        }
        List<Record> records = GraphReads.records(driver, BASES_OF_PEERS,
                Map.of("cited", citedIds, "peers", peerIds, "limit", limit));
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
