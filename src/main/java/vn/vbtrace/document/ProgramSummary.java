package vn.vbtrace.document;

/**
 * A program with its period ({@code fromYear}-{@code toYear}, either null when the texts give none), the
 * decision that approves it, and its nearest neighbours in the lineage: the program it continues and the
 * one that continues it (null when none is known). {@code stub} when it is only known as a predecessor.
 */
public record ProgramSummary(
        String key,
        String name,
        String shortName,
        String kind,
        Integer fromYear,
        Integer toYear,
        DocumentRef approvedBy,
        ProgramRef succeeds,
        ProgramRef succeededBy,
        boolean stub) {
}
