package vn.vbtrace.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a document refers to another one, declared once: the graph's relationship type, the Vietnamese
 * labels staff read (in the order vbpl.vn groups a lược đồ: căn cứ, hướng dẫn, sửa đổi, thay thế, bãi bỏ,
 * thực hiện, ..., dẫn chiếu), and what the citing document does to the cited one's validity ({@link ValidityEffect}).
 * The words that signal each relation in a text are rows of {@code vocab/clause-words.tsv}, keyed by
 * the constant's name. Adding a relation is a constant here, a clause-words row and a test: the graph
 * writer, the chain and path queries, the validity facts and refresh, and the pages (through {@code GET /api/relations})
 * all read this list.
 */
public enum Relation {
    /** "Căn cứ ..." : the legal basis. */
    BASED_ON("BASED_ON", "Căn cứ", "Được căn cứ bởi", ValidityEffect.NONE),
    /** "hướng dẫn ..." : the document guides (explains how to apply) the cited one. */
    GUIDES("GUIDES", "Hướng dẫn", "Được hướng dẫn bởi", ValidityEffect.NONE),
    /** "sửa đổi, bổ sung ..." : part of the cited document no longer stands as written. */
    AMENDS("AMENDS", "Sửa đổi, bổ sung", "Bị sửa đổi, bổ sung bởi", ValidityEffect.CHANGES_PART),
    /** "thay thế ..." : the cited document is replaced. */
    REPLACES("REPLACES", "Thay thế", "Bị thay thế bởi", ValidityEffect.REPLACES),
    /** "bãi bỏ ..." : the cited document is repealed. */
    REPEALS("REPEALS", "Bãi bỏ", "Bị bãi bỏ bởi", ValidityEffect.ENDS),
    /** "thực hiện / triển khai ..." : the document carries out the cited one. */
    IMPLEMENTS("IMPLEMENTS", "Thực hiện", "Được thực hiện bởi", ValidityEffect.NONE),
    /** "Ban hành kèm theo Quyết định này ..." : the cited document is issued by this one. */
    ISSUES("ISSUES", "Ban hành", "Được ban hành kèm theo", ValidityEffect.NONE),
    /** "phê duyệt ..." : approval of a program, project or plan. */
    APPROVES("APPROVES", "Phê duyệt", "Được phê duyệt tại", ValidityEffect.NONE),
    /** "Theo đề nghị của ... tại Tờ trình số ..." */
    PROPOSED_BY("PROPOSED_BY", "Theo đề nghị tại", "Đề nghị ban hành", ValidityEffect.NONE),
    /** Any other mention. */
    CITES("CITES", "Dẫn chiếu", "Được dẫn chiếu bởi", ValidityEffect.NONE);

    /**
     * What the citing document does to the cited one's validity. The validity rules give each effect its status
     * (a replaced document is REPLACED, an ended one EXPIRED), so a new relation with one of these effects
     * ("hủy bỏ", "đình chỉ thi hành" ...) needs no change there; a new kind of effect is a new rule.
     */
    public enum ValidityEffect {
        /** The cited document stands as it was. */
        NONE,
        /** Part of it no longer stands as written ("sửa đổi, bổ sung"): its status is derived again, no rule of its own. */
        CHANGES_PART,
        /** It is replaced as a whole; outranks {@link #ENDS} when both are held. */
        REPLACES,
        /** Its effect ends without a successor ("bãi bỏ"). */
        ENDS
    }

    private final String graphType;
    private final String label;
    private final String inverseLabel;
    private final ValidityEffect validityEffect;

    Relation(String graphType, String label, String inverseLabel, ValidityEffect validityEffect) {
        // A relationship type is written into Cypher text (it cannot be a parameter): only such names pass.
        if (!graphType.matches("[A-Z][A-Z_]*")) {
            throw new IllegalArgumentException("not a relationship type: " + graphType);
        }
        this.graphType = graphType;
        this.label = label;
        this.inverseLabel = inverseLabel;
        this.validityEffect = validityEffect;
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

    /** Whether writing the citing document can change the cited one's validity status (its {@link #validityEffect()} is not NONE). */
    public boolean affectsValidity() {
        return validityEffect != ValidityEffect.NONE;
    }

    /** What writing the citing document does to the cited one's validity. */
    public ValidityEffect validityEffect() {
        return validityEffect;
    }

    /** The relation whose {@link #graphType()} this is, e.g. as Cypher's {@code type(r)} returns it; empty for any other name. */
    public static Optional<Relation> ofGraphType(String graphType) {
        return Arrays.stream(values()).filter(r -> r.graphType.equals(graphType)).findFirst();
    }

    /** Every relationship type, as a Cypher type alternation: "BASED_ON|GUIDES|...". */
    public static String graphTypeAlternation() {
        return graphTypeAlternation(Arrays.asList(values()));
    }

    /**
     * The relationship types of the relations with this validity effect, as a Cypher type alternation
     * ("REPLACES"); made of declared names only, so it may be written into Cypher text.
     */
    public static String graphTypeAlternation(ValidityEffect effect) {
        List<Relation> with = Arrays.stream(values()).filter(r -> r.validityEffect == effect).toList();
        if (with.isEmpty()) {
            throw new IllegalStateException("no relation has the validity effect " + effect);
        }
        return graphTypeAlternation(with);
    }

    private static String graphTypeAlternation(List<Relation> relations) {
        return relations.stream().map(Relation::graphType).collect(Collectors.joining("|"));
    }
}
