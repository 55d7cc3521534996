package vn.vbtrace.document;

import java.util.List;

/**
 * Everything the extractor found in one normalized text.
 * {@code effect} is null when the text has no effect clause.
 */
public record Extraction(
        DocumentMetadata document,
        List<Reference> references,
        List<Assignment> assignments,
        List<Program> programs,
        List<Body> bodies,
        EffectClause effect) {

    public Extraction {
        references = List.copyOf(references);
        assignments = List.copyOf(assignments);
        programs = programs == null ? List.of() : List.copyOf(programs);
        bodies = bodies == null ? List.of() : List.copyOf(bodies);
    }

    /** Metadata, references and duties only; no programs, bodies or effect clause. */
    public Extraction(DocumentMetadata document, List<Reference> references, List<Assignment> assignments) {
        this(document, references, assignments, List.of(), List.of(), null);
    }
}
