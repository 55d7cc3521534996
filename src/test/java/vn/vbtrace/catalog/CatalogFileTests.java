package vn.vbtrace.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.vbtrace.document.Relation;

/** Issue 14, point 2: catalog files as the national database exports them, read row by row. */
class CatalogFileTests {

    @TempDir
    Path dir;

    @Test
    void aCsvWithVietnameseColumnNamesAndATitleHoldingCommas() throws Exception {
        Path file = Files.writeString(dir.resolve("c.csv"), """
                Số ký hiệu,Loại văn bản,Cơ quan ban hành,Ngày ban hành,Tình trạng,Trích yếu,Nguồn
                712/QĐ-TTg,Quyết định,Thủ tướng Chính phủ,21/5/2010,Hết hiệu lực toàn bộ,"Phê duyệt Chương trình \"\"Nâng cao năng suất, chất lượng\"\"\",https://x.invalid/712
                """);
        List<CatalogRow> rows = new ArrayList<>();
        CatalogFile.read(file, (line, row) -> rows.add(row));
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("number")).isEqualTo("712/QĐ-TTg");
            assertThat(r.get("issuer")).isEqualTo("Thủ tướng Chính phủ");
            assertThat(r.date("issued_date")).isEqualTo(LocalDate.of(2010, 5, 21));
            assertThat(r.get("status")).isEqualTo("Hết hiệu lực toàn bộ");
            assertThat(r.get("title")).isEqualTo("Phê duyệt Chương trình \"Nâng cao năng suất, chất lượng\"");
            assertThat(r.get("source_url")).isEqualTo("https://x.invalid/712");
        });
        assertThat(CatalogFile.holdsRelations(file)).isFalse();
    }

    @Test
    void jsonLinesOfRelationsAreRecognisedByTheirColumns() throws Exception {
        Path file = Files.writeString(dir.resolve("r.jsonl"), """
                {"from_number": "40/2017/TT-BTC", "to_number": "97/2010/TT-BTC", "relation": "thay thế"}

                not json
                """);
        List<Long> lines = new ArrayList<>();
        List<CatalogRow> rows = new ArrayList<>();
        CatalogFile.read(file, (line, row) -> {
            lines.add(line);
            rows.add(row);
        });
        assertThat(lines).containsExactly(1L, 3L);
        assertThat(rows.get(1)).as("an unreadable line is handed on as null, to be reported").isNull();
        assertThat(CatalogFile.holdsRelations(file)).isTrue();
    }

    @Test
    void aBadDateNamesItsColumn() throws Exception {
        Path file = Files.writeString(dir.resolve("d.csv"), "number,issued_date\n1/QĐ-UBND,31/02/2020\n");
        List<CatalogRow> rows = new ArrayList<>();
        CatalogFile.read(file, (line, row) -> rows.add(row));
        assertThatThrownBy(() -> rows.getFirst().date("issued_date")).hasMessageContaining("issued_date").hasMessageContaining("31/02/2020");
    }

    @ParameterizedTest(name = "{0} → {1} reverse={2}")
    @CsvSource(delimiter = '|', textBlock = """
            căn cứ                 | BASED_ON  | false
            thay thế               | REPLACES  | false
            Thay the               | REPLACES  | false
            bị thay thế bởi        | REPLACES  | true
            văn bản thay thế       | REPLACES  | true
            văn bản bị thay thế    | REPLACES  | false
            sửa đổi, bổ sung       | AMENDS    | false
            được hướng dẫn bởi     | GUIDES    | true
            bãi bỏ                 | REPEALS   | false
            REPLACES               | REPLACES  | false
            """)
    void relationWordsAndTheirDirection(String word, Relation relation, boolean reverse) {
        assertThat(RelationWords.load().meaning(word)).isEqualTo(new RelationWords.Meaning(relation, reverse));
    }
}
