package vn.vbtrace.extract.assignment;

import java.util.List;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.extract.vocab.Vocabulary;

/** Duty clauses: placeholder until the assignment stage lands. */
public final class AssignmentExtractor {

    public AssignmentExtractor(Vocabulary vocabulary) {
    }

    public List<Assignment> extract(String text) {
        return List.of();
    }
}
