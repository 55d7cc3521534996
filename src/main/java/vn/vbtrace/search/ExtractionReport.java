package vn.vbtrace.search;

import vn.vbtrace.document.Body;
import vn.vbtrace.document.EffectClause;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.Program;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Reference;

import java.util.List;

/**
 * What `extract` prints: {"document": {...}, "references": [...], "assignments": [...]} as the contract
 * requires, then the programs, the distinct bodies and the effect clause (null when the text has none).
 */
public record ExtractionReport(DocumentHeader document, List<Reference> references, List<Assignment> assignments,
                               List<Program> programs, List<Body> bodies, EffectClause effect) {

    public static ExtractionReport of(IngestedDocument doc) {
        Extraction e = doc.extraction();
        return new ExtractionReport(DocumentHeader.of(doc.id(), doc.source(), doc.metadata()),
                e.references(), e.assignments(), e.programs(), e.bodies(), e.effect());
    }
}
