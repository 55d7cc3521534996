package vn.vbtrace.check;

import java.util.Optional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.vbtrace.graph.BasisSuggestion;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.validity.Validity;
import vn.vbtrace.validity.ValidityService;
import vn.vbtrace.validity.ValidityStatus;

/**
 * Bases the draft may be missing, from what comparable documents (those citing what the draft cites) rest on.
 * Never one the draft already cites (by number, by name, or as the record its citation was matched to); only
 * national documents or documents of the draft's own province (a Bắc Kạn plan is not pointed to a Hậu Giang decision);
 * never one issued after the draft or known to be no longer in force. Ranked: comparable documents of the draft's
 * province count double, then the newest; each says why.
 */
final class BasisSuggestions {

    /** More suggestions than this is a reading list, not a check. */
    static final int MAX_SUGGESTIONS = 5;
    private static final int CANDIDATES = 30;
    /** The comparable documents read, the newest first: a hub's thousands of citers cost the same as ten. */
    private static final int PEERS = 200;

    private final GraphStore graph;
    private final SearchIndex index;
    private final ValidityService validity;
    private final Provinces provinces;

    BasisSuggestions(GraphStore graph, SearchIndex index, ValidityService validity, Provinces provinces) {
        this.graph = graph;
        this.index = index;
        this.validity = validity;
        this.provinces = provinces;
    }

    /** The bases the documents citing what the draft cites rest on, with their validity: all that a suggestion reads. */
    record Candidates(List<BasisSuggestion> bases, Map<String, Validity> statuses) {
    }

    /**
     * Reads the candidates, which need only the documents the draft cites: the check reads them beside the
     * citations' own evidence. Their validity in one round trip (at most CANDIDATES of them), not one query each.
     */
    Candidates candidates(List<String> citedIds) {
        List<String> newestPeers = index.newestCiters(citedIds, PEERS);
        List<BasisSuggestion> bases = graph.basesOfPeers(citedIds, newestPeers, CANDIDATES);
        return new Candidates(bases, validity.statusOf(bases.stream().map(BasisSuggestion::id).toList()));
    }

    List<CheckReport.Suggestion> suggest(Candidates candidates, Set<String> citedKeys, Set<String> citedTitles,
                                         DraftDate draft, String draftProvince) {
        record Ranked(BasisSuggestion basis, String scope, int score) {
        }
        List<Ranked> ranked = new ArrayList<>();
        for (BasisSuggestion basis : candidates.bases()) {
            if (basis.number() != null && citedKeys.contains(CheckService.numberKey(basis.number()))
                    || basis.title() != null && citedTitles.contains(CheckService.titleKey(basis.title()))) {
                continue;
            }
            if (draft != null && draft.isBefore(basis.issuedDate())) {
                continue;
            }
            String scope = provinces.scope(basis.number(), basis.type(), basis.issuer(), null);
            if (!scope.equals(Provinces.NATIONAL) && !scope.equals(draftProvince)) {
                continue; // another province's own decision, or one whose province cannot be told
            }
            int score = 0;
            for (BasisSuggestion.Peer peer : basis.peerDocuments()) {
                String byIssuer = provinces.named(peer.issuer());
                String peerProvince = byIssuer != null ? byIssuer : provinces.named(peer.place());
                score += draftProvince != null && draftProvince.equals(peerProvince) ? 2 : 1;
            }
            ranked.add(new Ranked(basis, scope, score));
        }
        ranked.sort(Comparator.comparingInt(Ranked::score).reversed()
                .thenComparing(r -> r.basis().issuedDate(), Comparator.nullsLast(Comparator.reverseOrder())));
        Map<String, Validity> statuses = candidates.statuses();
        List<CheckReport.Suggestion> suggestions = new ArrayList<>();
        for (Ranked r : ranked) {
            if (suggestions.size() == MAX_SUGGESTIONS) {
                break;
            }
            BasisSuggestion b = r.basis();
            Validity status = statuses.get(b.id());
            if (status != null && status.status() != ValidityStatus.IN_FORCE && status.status() != ValidityStatus.UNKNOWN
                    && status.status() != ValidityStatus.PARTLY_EXPIRED) {
                continue; // suggesting a basis no longer in force would be advice to cite a dead document
            }
            String name = b.number() != null ? b.number() : b.title();
            String peers = String.join(", ", b.peerDocuments().stream().limit(5)
                    .map(p -> p.number() + Optional.ofNullable(provinces.named(p.issuer())).map(province -> " (" + province + ")").orElse(""))
                    .toList());
            String scopeText = r.scope().equals(Provinces.NATIONAL) ? "văn bản của Trung ương" : "văn bản của tỉnh " + r.scope();
            String message = name + " (" + scopeText + ") là căn cứ của " + b.peerDocuments().size()
                    + " văn bản cùng trích dẫn những văn bản dự thảo trích dẫn: " + peers + "; dự thảo chưa trích dẫn";
            suggestions.add(new CheckReport.Suggestion(b.id(), b.number(), b.title(), b.type(), b.issuedDate(), b.stub(),
                    b.peers(), message, suggestions.size() + 1, r.scope(), b.catalog()));
        }
        return suggestions;
    }
}
