package vn.vbtrace.document;

/** A program named from another one's lineage: enough to say "the 2021-2030 program of 1322/QĐ-TTg". */
public record ProgramRef(String key, String name, Integer fromYear, Integer toYear, String approvedByNumber) {
}
