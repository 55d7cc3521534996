package vn.vbtrace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Reference;
import vn.vbtrace.document.Relation;

class DocumentWriterTests {

    @Test
    void everyRelationHasItsOwnFixedStatement() {
        for (Relation relation : Relation.values()) {
            assertThat(GraphCypher.relationshipType(relation)).isEqualTo(relation.name());
            assertThat(GraphCypher.referenceStatement(relation)).contains("-[r:" + relation.name() + " {");
        }
    }

    @Test
    void referencesAreOnePerTargetAndRelationFirstMentionFirstWithoutSelfMentions() {
        Map<Relation, List<Map<String, Object>>> refs = DocumentWriter.referenceParameters(SeedDocuments.qd1852());

        assertThat(refs.keySet()).containsExactlyInAnyOrder(Relation.BASED_ON, Relation.PROPOSED_BY);
        List<Map<String, Object>> basis = refs.get(Relation.BASED_ON);
        assertThat(basis).extracting(p -> p.get("number")).containsExactly(null, SeedDocuments.QD_1322);
        assertThat(basis.get(1).get("start"))
                .isEqualTo(SeedDocuments.TEXT_1852.indexOf("Căn cứ Quyết định số 1322"));
        assertThat(basis.get(1).get("numberKey")).isEqualTo("1322/qd-ttg");
    }

    @Test
    void aLawCitedByNameIsKeyedByItsFoldedNameAndDate() {
        Reference law = new Reference(null, "Luật Tổ chức chính quyền địa phương", "Luật", null,
                LocalDate.of(2015, 6, 19), Relation.BASED_ON, 0, 10, "Căn cứ Luật");

        assertThat(DocumentWriter.targetId(law)).isEqualTo(DocumentNumbers.idForIdentity(
                "law:luat to chuc chinh quyen dia phuong|2015-06-19"));
        assertThat(DocumentWriter.targetId(new Reference(null, null, null, null, null, Relation.CITES, 0, 0, "")))
                .isNull();
    }

    @Test
    void bodyKeysIgnoreCaseDiacriticsAndSpacing() {
        assertThat(DocumentWriter.bodyKey("SỞ TÀI  CHÍNH ")).isEqualTo(DocumentWriter.bodyKey("Sở Tài chính"))
                .isEqualTo("so tai chinh");
        assertThat(DocumentWriter.bodyKey(" ")).isNull();
    }

    @Test
    void bodiesAreKeyedWithTheirProvinceAndAddressLinesReachTheBodyOfTheDuty() {
        vn.vbtrace.document.Extraction plan = ProgramSeeds.qd1852().extraction();

        assertThat(EntityParameters.addressed(plan)).extracting(a -> a.get("as") + ": " + a.get("key"))
                .containsExactly("nơi nhận: so tai chinh tinh bac kan",
                        "nơi nhận: chi cuc tieu chuan do luong chat luong tinh bac kan");
        assertThat(EntityParameters.bodiesWithParent(plan)).singleElement()
                .satisfies(b -> assertThat(b.get("parentKey")).isEqualTo("so khoa hoc va cong nghe tinh bac kan"));
    }

    @Test
    void aProgramsApprovingDecisionHasTheIdItsCitationsGiveIt() {
        List<Map<String, Object>> programs = EntityParameters.programs(ProgramSeeds.qd1852().extraction());

        assertThat(programs).singleElement().satisfies(p -> {
            assertThat(p.get("key")).isEqualTo(ProgramSeeds.PROGRAM_1322);
            assertThat(p.get("approvedById")).isEqualTo(DocumentNumbers.idForNumber("1322/qd-ttg"));
        });
    }
}
