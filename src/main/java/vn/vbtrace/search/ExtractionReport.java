package vn.vbtrace.search;

import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Reference;

import java.util.List;

/** What `extract` prints: {"document": {...}, "references": [...], "assignments": [...]} */
public record ExtractionReport(DocumentHeader document, List<Reference> references, List<Assignment> assignments) {

    public static ExtractionReport of(IngestedDocument doc) {
        return new ExtractionReport(DocumentHeader.of(doc.id(), doc.source(), doc.metadata()),
                doc.extraction().references(), doc.extraction().assignments());
    }
}
