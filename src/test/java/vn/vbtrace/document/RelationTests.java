package vn.vbtrace.document;

import org.junit.jupiter.api.Test;
import vn.vbtrace.extract.vocab.ClauseWords;
import vn.vbtrace.extract.vocab.Vocabulary;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16 point 1: each relation declared once, with what the graph, the pages and validity read from it. */
class RelationTests {

    @Test
    void relationsComeInTheOrderVbplGroupsTheLuocDo() {
        assertThat(Arrays.stream(Relation.values()).limit(6).map(Relation::label).toList())
                .containsExactly("Căn cứ", "Hướng dẫn", "Sửa đổi, bổ sung", "Thay thế", "Bãi bỏ", "Thực hiện");
        assertThat(Relation.values()[Relation.values().length - 1]).as("any other mention comes last").isEqualTo(Relation.CITES);
    }

    @Test
    void eachRelationReadsBothWaysInVietnamese() {
        assertThat(Relation.BASED_ON.inverseLabel()).isEqualTo("Được căn cứ bởi");
        assertThat(Relation.REPLACES.inverseLabel()).isEqualTo("Bị thay thế bởi");
        for (Relation relation : Relation.values()) {
            assertThat(relation.label()).as(relation.name()).isNotBlank().isNotEqualTo(relation.name());
            assertThat(relation.inverseLabel()).as(relation.name()).isNotBlank().isNotEqualTo(relation.label());
        }
        Set<String> labels = Arrays.stream(Relation.values()).map(Relation::label).collect(Collectors.toSet());
        assertThat(labels).as("labels tell the relations apart").hasSize(Relation.values().length);
    }

    @Test
    void graphTypesAreDistinctCypherNamesAndTheAlternationNamesThemAll() {
        Set<String> types = Arrays.stream(Relation.values()).map(Relation::graphType).collect(Collectors.toSet());
        assertThat(types).hasSize(Relation.values().length).allMatch(t -> t.matches("[A-Z][A-Z_]*"));
        assertThat(Relation.graphTypeAlternation().split("\\|")).containsExactlyInAnyOrderElementsOf(types);
    }

    @Test
    void onlyAmendingReplacingAndRepealingChangeTheCitedDocumentsValidity() {
        assertThat(Arrays.stream(Relation.values()).filter(Relation::affectsValidity).toList())
                .containsExactlyInAnyOrder(Relation.AMENDS, Relation.REPLACES, Relation.REPEALS);
    }

    @Test
    void validityReadsWhichRelationsReplaceAndWhichEndADocumentFromTheDeclaration() {
        assertThat(Relation.graphTypeAlternation(Relation.ValidityEffect.REPLACES)).isEqualTo("REPLACES");
        assertThat(Relation.graphTypeAlternation(Relation.ValidityEffect.ENDS)).isEqualTo("REPEALS");
        assertThat(Relation.AMENDS.validityEffect()).isEqualTo(Relation.ValidityEffect.CHANGES_PART);
        assertThat(Relation.GUIDES.validityEffect()).isEqualTo(Relation.ValidityEffect.NONE);
    }

    /**
     * A chain's edges carry the graph's type (Cypher's type(r)), a document's references the constant's name, and the
     * pages look both up by the code of GET /api/relations (the name): the two must be one word.
     */
    @Test
    void eachRelationIsNamedInJsonAsInTheGraph() {
        for (Relation relation : Relation.values()) {
            assertThat(relation.graphType()).as(relation.name()).isEqualTo(relation.name());
        }
    }

    @Test
    void aGraphTypeNamesItsRelationAndNothingElseDoes() {
        for (Relation relation : Relation.values()) {
            assertThat(Relation.ofGraphType(relation.graphType())).hasValue(relation);
        }
        assertThat(Relation.ofGraphType("guides")).isEmpty();
        assertThat(Relation.ofGraphType("STATUS_OF")).isEmpty();
        assertThat(Relation.ofGraphType(null)).isEmpty();
    }

    @Test
    void everyRelationButAPlainMentionHasWordsThatSignalItInClauseWordsTsv() {
        ClauseWords words = Vocabulary.shipped().clauseWords();
        Set<Relation> cued = EnumSet.noneOf(Relation.class);
        words.relations().forEach(cue -> cued.add(cue.meaning()));
        words.openings().forEach(cue -> cued.add(cue.meaning()));
        List<Relation> uncued = Arrays.stream(Relation.values()).filter(r -> !cued.contains(r)).toList();
        assertThat(uncued).as("relations no clause-words.tsv row signals").containsExactly(Relation.CITES);
    }
}
