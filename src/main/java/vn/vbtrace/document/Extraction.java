package vn.vbtrace.document;

import java.util.List;

/** Everything the extractor found in one normalized text. */
public record Extraction(
        DocumentMetadata document,
        List<Reference> references,
        List<Assignment> assignments) {

    public Extraction {
        references = List.copyOf(references);
        assignments = List.copyOf(assignments);
    }
}
