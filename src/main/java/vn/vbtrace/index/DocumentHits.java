package vn.vbtrace.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.Json;
import vn.vbtrace.document.SearchHit;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A hit on a document of the repository: its best passage, the words marked in it, and the
 * clause and duty clause that passage lies in (issue 4, point 4), so the UI can say "Mục IV,
 * khoản 4 — Sở Tài chính" and link to that place in the text.
 */
final class DocumentHits {

    private DocumentHits() {
    }

    static SearchHit of(StoredDocument doc, float score, Snippets.Asked query) {
        Snippets.Passage passage = Snippets.passage(doc.text(), query);
        Optional<Clauses.Clause> clause = passage.anchor() < 0 ? Optional.empty() : Clauses.at(doc.text(), passage.anchor());
        Optional<Assignment> duty = passage.anchor() < 0 ? Optional.empty() : dutyAt(doc.extractionJson(), passage.anchor());
        SearchHit.Document shown = new SearchHit.Document(doc.id(), doc.source(), doc.number(), doc.title(), doc.type(),
                doc.issuer(), doc.issuedDate());
        SearchHit.Place place = new SearchHit.Place(clause.map(Clauses.Clause::name).orElse(null),
                clause.map(Clauses.Clause::start).or(() -> duty.map(Assignment::start)).orElse(null),
                duty.map(a -> new SearchHit.Duty(a.body(), a.province(), a.role(), a.start(), a.end(), null)).orElse(null));
        return new SearchHit(shown, score, new SearchHit.Passage(passage.snippet(), Snippets.highlights(passage.snippet(), query)),
                SearchHit.Citations.HELD, place);
    }

    /**
     * The one part of a stored extraction a hit needs: read alone, the references, bodies and mentions are
     * skipped by the parser rather than built (a hit list reads ten extractions per search).
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Duties(List<Assignment> assignments) {
    }

    /** The narrowest duty clause around the offset: one body's task inside a longer shared one. */
    private static Optional<Assignment> dutyAt(String extractionJson, int offset) {
        if (extractionJson == null) {
            return Optional.empty();
        }
        List<Assignment> assignments = Json.read(extractionJson, Duties.class).assignments();
        return (assignments == null ? List.<Assignment>of() : assignments).stream()
                .filter(a -> a.start() <= offset && offset < a.end())
                .min(Comparator.comparingInt(a -> a.end() - a.start()));
    }
}
