package vn.vbtrace.document;

import java.util.List;

/**
 * One program with its whole lineage, nearest first ({@code predecessors} back in time, {@code successors}
 * forward), and the documents that carry it out (those naming it, and those citing its approving decision): the
 * first of them by date of issue in {@code implementedBy}, and how many there are in {@code implementedByCount}.
 */
public record ProgramLineage(
        ProgramSummary program,
        List<ProgramRef> predecessors,
        List<ProgramRef> successors,
        List<DocumentRef> implementedBy,
        int implementedByCount) {

    public ProgramLineage {
        predecessors = List.copyOf(predecessors);
        successors = List.copyOf(successors);
        implementedBy = List.copyOf(implementedBy);
    }
}
