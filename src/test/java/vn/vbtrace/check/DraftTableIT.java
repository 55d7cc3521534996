package vn.vbtrace.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import vn.vbtrace.TestCorpus;
import vn.vbtrace.catalog.CatalogImporter;
import vn.vbtrace.catalog.CatalogReport;
import vn.vbtrace.system.Stores;
import vn.vbtrace.validity.ValidityService;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vbtrace.system.StoresOnTarget;
import vn.vbtrace.graph.GraphTarget;

/**
 * Issue 14, point 1: the table of drafts (src/test/resources/drafts/, at least 15), each citation's expected verdicts
 * written out in expected.tsv, checked against the shipped corpus and its catalog on the real embedded Neo4j. Every
 * citation the check reports must have its row, and every row its citation: nothing is left unstated.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("vn.vbtrace.graph.GraphTarget#selected")
class DraftTableIT {

    /** The graph this run uses; JUnit sets it, and hands it to the class set-up as well. */
    @Parameter
    GraphTarget target;

    static final Path DRAFTS = Path.of("src/test/resources/drafts");
    static final Clock JUNE_2026 = Clock.fixed(LocalDate.of(2026, 6, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    static Stores stores;
    static CheckService checks;

    @BeforeParameterizedClassInvocation
    static void ingest(GraphTarget target) {
        stores = StoresOnTarget.openFresh(dir.resolve(target.name()).resolve("data"), target);
        stores.ingester().ingest(List.of(TestCorpus.ROOT), s -> { }, n -> { });
        CatalogReport catalog = new CatalogImporter(stores.graph()).importFolder(TestCorpus.ROOT.resolve("catalog"), (p, n) -> { });
        assertThat(catalog.failed()).isEmpty();
        checks = new CheckService(stores.pipeline(), stores.graph(), stores.index(), new ValidityService(stores.graph(), JUNE_2026), JUNE_2026);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        stores.close();
    }

    record Row(String citation, List<String> verdicts, String words) {
    }

    @TestFactory
    Stream<DynamicTest> everyDraftGetsTheVerdictsWrittenOut() throws IOException {
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(DRAFTS.resolve("expected.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t", -1);
                rows.computeIfAbsent(cells[0], k -> new ArrayList<>()).add(cells);
            }
        }
        List<Path> drafts;
        try (Stream<Path> listing = Files.list(DRAFTS)) {
            drafts = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(drafts).hasSizeGreaterThanOrEqualTo(15);
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(drafts.stream().map(p -> p.getFileName().toString()).toList());
        return drafts.stream().map(draft -> DynamicTest.dynamicTest(draft.getFileName().toString(),
                () -> check(draft, rows.get(draft.getFileName().toString()))));
    }

    private static void check(Path draft, List<String[]> expected) throws IOException {
        CheckReport report = checks.checkText(Files.readString(draft, StandardCharsets.UTF_8));
        System.out.println(draft.getFileName() + ": " + report.citations().stream()
                .map(c -> name(c) + " " + c.verdicts() + " " + c.messages()).toList() + " reorganization "
                + report.reorganization().stream().map(n -> n.code() + ":" + n.name()).toList() + " suggestions "
                + report.suggestions().stream().map(s -> s.number() != null ? s.number() : s.title()).toList());
        List<Row> citations = new ArrayList<>();
        for (String[] cells : expected) {
            switch (cells[1]) {
                case "@reorganization" -> assertThat(report.reorganization()).extracting(n -> n.code() + ":" + n.name())
                        .as("reorganization flags of %s", draft.getFileName())
                        .containsExactlyElementsOf(cells.length < 3 || cells[2].isBlank() ? List.of() : List.of(cells[2].split(",(?=[A-Z_]+:)")));
                case "@not-suggested" -> assertThat(report.suggestions()).as("suggestions of %s", draft.getFileName())
                        .noneSatisfy(s -> assertThat(s.number() != null ? s.number() : s.title()).isEqualTo(cells[2]))
                        .noneSatisfy(s -> assertThat(s.title()).isEqualTo(cells[2]));
                default -> citations.add(new Row(cells[1], List.of(cells[2].split(",")), cells.length > 3 ? cells[3] : ""));
            }
        }
        assertThat(report.citations()).extracting(DraftTableIT::name).as("citations of %s", draft.getFileName())
                .containsExactlyElementsOf(citations.stream().map(Row::citation).toList());
        for (int i = 0; i < citations.size(); i++) {
            Row row = citations.get(i);
            CheckReport.CitationCheck actual = report.citations().get(i);
            assertThat(actual.verdicts()).extracting(Enum::name).as("%s: %s", draft.getFileName(), row.citation())
                    .containsExactlyElementsOf(row.verdicts());
            if (!row.words().isBlank()) {
                assertThat(String.join(" | ", actual.messages())).as("%s: %s messages", draft.getFileName(), row.citation())
                        .contains(row.words());
            }
        }
        assertThat(report.summary().ok()).isEqualTo((int) citations.stream().filter(r -> r.verdicts().equals(List.of("OK"))).count());
    }

    private static String name(CheckReport.CitationCheck c) {
        return c.number() != null ? c.number() : c.title();
    }
}
