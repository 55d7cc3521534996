package vn.vbtrace.document;

/**
 * How a document refers to another one, declared once: the graph's relationship type, the Vietnamese
 * labels staff read (in the order vbpl.vn groups a lược đồ: căn cứ, hướng dẫn, sửa đổi, thay thế, bãi bỏ,
 * thực hiện, ..., dẫn chiếu), and whether the citing document changes the cited one's validity.
 * The words that signal each relation in a text are rows of {@code vocab/clause-words.tsv}, keyed by
 * the constant's name. Adding a relation is a constant here, a clause-words row and a test: the graph
 * writer, the chain and path queries, the validity refresh and the pages (through {@code GET /api/relations})
 * all read this list.
 */
public enum Relation {
    /** "Căn cứ ..." : the legal basis. */
    BASED_ON("BASED_ON", "Căn cứ", "Được căn cứ bởi", false),
    /** "hướng dẫn ..." : the document guides (explains how to apply) the cited one. */
    GUIDES("GUIDES", "Hướng dẫn", "Được hướng dẫn bởi", false),
    /** "sửa đổi, bổ sung ..." : part of the cited document no longer stands as written. */
    AMENDS("AMENDS", "Sửa đổi, bổ sung", "Bị sửa đổi, bổ sung bởi", true),
    /** "thay thế ..." : the cited document is replaced. */
    REPLACES("REPLACES", "Thay thế", "Bị thay thế bởi", true),
    /** "bãi bỏ ..." : the cited document is repealed. */
    REPEALS("REPEALS", "Bãi bỏ", "Bị bãi bỏ bởi", true),
    /** "thực hiện / triển khai ..." : the document carries out the cited one. */
    IMPLEMENTS("IMPLEMENTS", "Thực hiện", "Được thực hiện bởi", false),
    /** "Ban hành kèm theo Quyết định này ..." : the cited document is issued by this one. */
    ISSUES("ISSUES", "Ban hành", "Được ban hành kèm theo", false),
    /** "phê duyệt ..." : approval of a program, project or plan. */
    APPROVES("APPROVES", "Phê duyệt", "Được phê duyệt tại", false),
    /** "Theo đề nghị của ... tại Tờ trình số ..." */
    PROPOSED_BY("PROPOSED_BY", "Theo đề nghị tại", "Đề nghị ban hành", false),
    /** Any other mention. */
    CITES("CITES", "Dẫn chiếu", "Được dẫn chiếu bởi", false);

    private final String graphType;
    private final String label;
    private final String inverseLabel;
    private final boolean affectsValidity;

    Relation(String graphType, String label, String inverseLabel, boolean affectsValidity) {
        // A relationship type is written into Cypher text (it cannot be a parameter): only such names pass.
        if (!graphType.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("not a relationship type: " + graphType);
        }
        this.graphType = graphType;
        this.label = label;
        this.inverseLabel = inverseLabel;
        this.affectsValidity = affectsValidity;
    }

    /** The relationship type in the graph, e.g. BASED_ON; the only strings that reach Cypher text as a type. */
    public String graphType() {
        return graphType;
    }

    /** What the citing document does to the cited one, e.g. "Căn cứ": "1852/QĐ-UBND căn cứ 1322/QĐ-TTg". */
    public String label() {
        return label;
    }

    /** The same seen from the cited document, e.g. "Được căn cứ bởi": "1322/QĐ-TTg được căn cứ bởi 1852/QĐ-UBND". */
    public String inverseLabel() {
        return inverseLabel;
    }

    /** Whether writing the citing document can change the cited one's validity status (it amends, replaces or repeals it). */
    public boolean affectsValidity() {
        return affectsValidity;
    }

    /** Every relationship type, as a Cypher type alternation: "BASED_ON|GUIDES|...". */
    public static String graphTypeAlternation() {
        StringBuilder types = new StringBuilder();
        for (Relation relation : values()) {
            types.append(types.isEmpty() ? "" : "|").append(relation.graphType);
        }
        return types.toString();
    }
}
