package vn.vbtrace.index;

import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.Json;

import java.util.Comparator;
import java.util.Optional;

/**
 * A hit on a document of the repository: its best passage, the words marked in it, and the
 * clause and duty clause that passage lies in (issue 4, point 4), so the UI can say "Mục IV,
 * khoản 4 — Sở Tài chính" and link to that place in the text.
 */
final class DocumentHits {

    private DocumentHits() {
    }

    static SearchHit of(StoredDocument doc, float score, String query) {
        Snippets.Passage passage = Snippets.passage(doc.text(), query);
        Optional<Clauses.Clause> clause = passage.anchor() < 0 ? Optional.empty() : Clauses.at(doc.text(), passage.anchor());
        Optional<Assignment> duty = passage.anchor() < 0 ? Optional.empty() : dutyAt(doc.extractionJson(), passage.anchor());
        return new SearchHit(doc.id(), doc.source(), doc.number(), doc.title(), doc.type(), doc.issuer(), doc.issuedDate(),
                score, passage.snippet(), Snippets.highlights(passage.snippet(), query), false, null, null,
                clause.map(Clauses.Clause::name).orElse(null),
                clause.map(Clauses.Clause::start).or(() -> duty.map(Assignment::start)).orElse(null),
                duty.map(a -> new SearchHit.Duty(a.body(), a.role(), a.start(), a.end())).orElse(null));
    }

    /** The narrowest duty clause around the offset: one body's task inside a longer shared one. */
    private static Optional<Assignment> dutyAt(String extractionJson, int offset) {
        if (extractionJson == null) {
            return Optional.empty();
        }
        return Json.read(extractionJson, Extraction.class).assignments().stream()
                .filter(a -> a.start() <= offset && offset < a.end())
                .min(Comparator.comparingInt(a -> a.end() - a.start()));
    }
}
