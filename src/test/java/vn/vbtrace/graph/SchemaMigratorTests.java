package vn.vbtrace.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SchemaMigratorTests {

    @Test
    void statementsAreSplitAtSemicolonsEndingALineAndCommentsAreDropped() {
        SchemaMigrator.SchemaFile file = SchemaMigrator.parse("V003__example.cypher", """
                // Why this constraint exists; with a semicolon in the comment;
                CREATE CONSTRAINT a IF NOT EXISTS
                FOR (d:Document) REQUIRE d.id IS UNIQUE;

                CREATE INDEX b IF NOT EXISTS FOR (d:Document) ON (d.numberKey);
                CREATE INDEX c IF NOT EXISTS FOR (p:Person) ON (p.name)
                """);

        assertThat(file.version()).isEqualTo(3);
        assertThat(file.statements()).containsExactly(
                "CREATE CONSTRAINT a IF NOT EXISTS\nFOR (d:Document) REQUIRE d.id IS UNIQUE",
                "CREATE INDEX b IF NOT EXISTS FOR (d:Document) ON (d.numberKey)",
                "CREATE INDEX c IF NOT EXISTS FOR (p:Person) ON (p.name)");
    }

    @Test
    void fileNamesMustCarryAVersion() {
        assertThatThrownBy(() -> SchemaMigrator.parse("constraints.cypher", ""))
                .isInstanceOf(GraphException.class)
                .hasMessageContaining("V001__description.cypher");
        assertThat(SchemaMigrator.parse("V010__later.cypher", "").version()).isEqualTo(10);
    }

    @Test
    void theShippedSchemaFilesAreOnTheClasspathInVersionOrder() {
        List<SchemaMigrator.SchemaFile> files = SchemaMigrator.fromClasspath();

        // V004: the national catalog (issue 14); V005: the issue-date index the home page's latest documents are read with (issue 15);
        // V006: the date and program indexes start-up statuses and program matching are read with (issue 9);
        // V007: the journal of instances sharing a Neo4j server (issue 13); V008: the task ids' constraint dropped (issue 9);
        // V009: every document's count of citers; V010: the documents approving a program marked; V011: every held
        // document's count of the documents it cites (issue 9).
        assertThat(files).extracting(SchemaMigrator.SchemaFile::version).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        // Every statement can run twice (a file interrupted half way is run again at the next start): a schema command
        // if it does (not) exist, a write only where its value is still missing.
        assertThat(files).allSatisfy(f -> assertThat(f.statements()).isNotEmpty()
                .allSatisfy(s -> assertThat(s).containsPattern("IF (NOT )?EXISTS|WHERE \\w+\\.\\w+ IS NULL\\s+SET")));
        assertThat(files.getFirst().name()).isEqualTo("V001__document_constraints.cypher");
    }
}
