package vn.vbtrace.document;

/** How a document refers to another one; the names are the graph's relationship types. */
public enum Relation {
    /** "Căn cứ ..." : the legal basis. */
    BASED_ON,
    /** "thực hiện / triển khai ..." : the document carries out the cited one. */
    IMPLEMENTS,
    /** "Ban hành kèm theo Quyết định này ..." : the cited document is issued by this one. */
    ISSUES,
    /** "phê duyệt ..." : approval of a program, project or plan. */
    APPROVES,
    AMENDS,
    REPLACES,
    REPEALS,
    /** "hướng dẫn ..." */
    GUIDES,
    /** "Theo đề nghị của ... tại Tờ trình số ..." */
    PROPOSED_BY,
    /** Any other mention. */
    CITES
}
