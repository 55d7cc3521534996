package vn.vbtrace.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one vocabulary loader: what it skips, and how a bad file fails (file and line, one style for all). */
class TsvRowsTests {

    /** Rows are written "cell,cell / cell,cell"; an outcome starting with "error: " is the message expected. */
    @ParameterizedTest(name = "{0} with {1} to {2} columns: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            /tsv-rows/good.tsv      | 2 | 3 | Quyết định,QĐ / Nghị định,NĐ,source
            /tsv-rows/good.tsv      | 3 | 3 | error: tsv-rows/good.tsv:3: expected 3 columns, found 2
            /tsv-rows/good.tsv      | 1 | 1 | error: tsv-rows/good.tsv:3: expected 1 column, found 2
            /tsv-rows/short-row.tsv | 3 | 3 | error: tsv-rows/short-row.tsv:4: expected 3 columns, found 2
            /tsv-rows/long-row.tsv  | 2 | 3 | error: tsv-rows/long-row.tsv:1: expected 2 to 3 columns, found 4
            /tsv-rows/missing.tsv   | 1 | 3 | error: vocabulary not on the classpath: tsv-rows/missing.tsv
            """)
    void readsOrFailsWithFileAndLine(String resource, int min, int max, String outcome) {
        if (outcome.startsWith("error: ")) {
            assertThatThrownBy(() -> TsvRows.read(resource, min, max))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage(outcome.substring("error: ".length()));
        } else {
            List<String[]> rows = TsvRows.read(resource, min, max);
            assertThat(rows.stream().map(row -> String.join(",", row)).collect(Collectors.joining(" / "))).isEqualTo(outcome);
        }
    }

    @Test
    void aRowKnowsItsLineSoAReaderCanPointAtABadValue() {
        List<TsvRows.Row> rows = TsvRows.rows("/tsv-rows/good.tsv", 2, 3);

        assertThat(rows).extracting(TsvRows.Row::line).containsExactly(3, 6); // comments and blank lines still count
        assertThat(rows.get(1).fail("unknown kind: Nghị định"))
                .hasMessage("tsv-rows/good.tsv:6: unknown kind: Nghị định");
        assertThat(rows.get(0).cell(2)).isNull();
        assertThat(rows.get(1).cell(2)).isEqualTo("source");
    }

    @Test
    void aConstantOrADateThatIsNoneFailsWithFileAndLine() {
        TsvRows.Row row = new TsvRows.Row("vocab/clause-words.tsv", 7, new String[] {"relation", "căn cứ", "BASED_ON", "2025-07-01"});

        assertThat(row.constant(Relation.class, 2)).isEqualTo(Relation.BASED_ON);
        assertThat(row.date(3)).isEqualTo(java.time.LocalDate.of(2025, 7, 1));
        assertThatThrownBy(() -> row.constant(Relation.class, 1))
                .hasMessage("vocab/clause-words.tsv:7: unknown Relation: căn cứ");
        assertThatThrownBy(() -> row.date(2))
                .hasMessage("vocab/clause-words.tsv:7: not a date (yyyy-mm-dd): BASED_ON");
    }
}
