package vn.vbtrace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.cli.VbtraceCommand;
import vn.vbtrace.document.Chain;
import vn.vbtrace.document.ChainEdge;
import vn.vbtrace.document.Direction;
import vn.vbtrace.graph.CitationEvidence;
import vn.vbtrace.index.CitingEvidence;
import vn.vbtrace.graph.GraphDocument;
import vn.vbtrace.graph.GraphTarget;
import vn.vbtrace.system.Stores;
import vn.vbtrace.system.StoresOnTarget;
import vn.vbtrace.trace.ObligationService;
import vn.vbtrace.trace.Obligations;
import vn.vbtrace.trace.ResponsibleAnswers;
import vn.vbtrace.trace.ResponsibleService;
import vn.vbtrace.validity.Validity;
import vn.vbtrace.validity.ValiditySource;
import vn.vbtrace.validity.ValidityStatus;

/**
 * Issue 14, points 2-5: the catalog imported through the command line into a repository holding the corpus, what it
 * fills and what it leaves (a held file wins), the statuses it gives with their source, and the duties of 2020 named
 * with their holder today.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("vn.vbtrace.graph.GraphTarget#selected")
class CatalogAndSuccessionIT {

    /** The graph this run uses; JUnit sets it, and hands it to the class set-up as well. */
    @Parameter
    GraphTarget target;

    @TempDir
    static Path dir;
    static Stores stores;
    static String cliOutput;
    static int cliExit;

    @BeforeParameterizedClassInvocation
    static void setUp(GraphTarget target) {
        Path data = dir.resolve(target.name()).resolve("data");
        try (Stores first = StoresOnTarget.openFresh(data, target)) {
            first.ingester().ingest(List.of(TestCorpus.ROOT), s -> { }, n -> { });
        }
        StringWriter out = new StringWriter();
        CommandLine cli = VbtraceCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(new StringWriter()));
        // The command finds the graph as a user's would: the data folder's own, or the server the settings name.
        cliExit = target.withGraphProperties(() -> cli.execute("catalog", "import", "corpus/catalog/catalog.csv", "--relations", "corpus/catalog/relations.csv",
                "--data", data.toString(), "--json"));
        cliOutput = out.toString();
        stores = StoresOnTarget.reopen(data, target);
    }

    @AfterParameterizedClassInvocation
    static void close() {
        stores.close();
    }

    @Test
    void theCommandLineImportsTheShippedCatalogAndSaysSo() {
        assertThat(cliExit).isZero();
        assertThat(cliOutput).contains("\"imported\" : 11", "\"unchanged\" : 0", "\"relations\" : 2", "\"failed\" : [ ]");
    }

    @Test
    void importingTheSameFilesAgainChangesNothing() {
        CatalogReport again = new CatalogImporter(stores.graph()).importFolder(TestCorpus.ROOT.resolve("catalog"), (p, n) -> { });
        assertThat(again.imported()).isZero();
        assertThat(again.unchanged()).isEqualTo(11);
        assertThat(again.relations()).isEqualTo(2);
    }

    @Test
    void aStubTakesTheCatalogsRecordAndStaysMarkedAsNotHeld() {
        GraphDocument doc = stores.graph().findByNumber("712/QĐ-TTg").orElseThrow();
        assertThat(doc.stub()).isTrue();
        assertThat(doc.issuedDate()).isEqualTo(LocalDate.of(2010, 5, 21));
        CitationEvidence evidence = stores.graph().citedByNumber("712/QĐ-TTg").orElseThrow();
        assertThat(evidence.catalog().sourceUrl()).contains("thuviennhadat.vn");
        CitingEvidence citing = stores.index().citing(evidence.id(), null, CitationEvidence.MAX_DATES, CitationEvidence.MAX_EXAMPLES);
        assertThat(citing.citers()).isEqualTo(2);
        assertThat(citing.dates()).singleElement().satisfies(d -> assertThat(d.date()).isEqualTo(LocalDate.of(2010, 5, 21)));
        // The chain marks it as the catalog's record; the held files citing it (not in the catalog) are not.
        Chain chain = stores.graph().chain("712/QĐ-TTg", Direction.DOWN, 1).orElseThrow();
        assertThat(chain.root().catalog()).isTrue();
        assertThat(chain.nodes()).filteredOn(n -> !n.stub()).isNotEmpty().allSatisfy(n -> assertThat(n.catalog()).isFalse());
    }

    /** The catalog's "20/2010/TT-BKHCN hướng dẫn 712/QĐ-TTg" makes the circular one more citer of the decision, counted. */
    @Test
    void aCatalogRelationCountsAmongTheCitersOfTheDocumentItEndsAt() {
        Chain chain = stores.graph().chain("712/QĐ-TTg", Direction.DOWN, 1).orElseThrow();
        List<String> citers = chain.edges().stream().filter(e -> e.to().equals(chain.root().id())).map(ChainEdge::from).distinct().toList();
        String circular = stores.graph().findByNumber("20/2010/TT-BKHCN").orElseThrow().id();
        assertThat(citers).as("the two held files citing 712/QĐ-TTg, and the circular the catalog says guides it")
                .hasSize(3).contains(circular);
        assertThat(stores.graph().findByNumber("712/QĐ-TTg").orElseThrow().citedByCount()).isEqualTo(3);
        // The circular is a stub the catalog made: a chain from it with room for it alone says it cites one document.
        Chain fromCircular = stores.graph().chain("20/2010/TT-BKHCN", Direction.UP, 1, 1).orElseThrow();
        assertThat(fromCircular.truncated()).singleElement().satisfies(cut -> assertThat(cut.total()).isEqualTo(1));
    }

    @Test
    void aHeldFileWinsOverTheCatalog() throws Exception {
        Path file = Files.writeString(dir.resolve("held.csv"), """
                number,type,issuer,issued_date,status,title,source_url
                1852/QĐ-UBND,Quyết định,UBND tỉnh Bắc Kạn,20/10/2020,Còn hiệu lực,Tiêu đề khác,https://example.invalid/1852
                """);
        CatalogReport report = new CatalogImporter(stores.graph()).importFiles(List.of(file), List.of(), (p, n) -> { });
        assertThat(report.imported()).isEqualTo(1);
        GraphDocument held = stores.graph().findByNumber("1852/QĐ-UBND").orElseThrow();
        assertThat(held.stub()).isFalse();
        assertThat(held.issuedDate()).isEqualTo(LocalDate.of(2020, 10, 14));
        assertThat(held.title()).startsWith("Ban hành Kế hoạch");
    }

    @Test
    void theCatalogsStatusesAndReplacementsNameTheirSource() throws Exception {
        Path records = Files.writeString(dir.resolve("status.csv"), """
                so_ky_hieu,loai_van_ban,co_quan_ban_hanh,ngay_ban_hanh,tinh_trang,trich_yeu,nguon
                999/2015/QĐ-UBND,Quyết định,UBND tỉnh Bắc Kạn,2015-01-02,Hết hiệu lực toàn bộ,Quy định cũ,https://example.invalid/999
                998/2016/QĐ-UBND,Quyết định,UBND tỉnh Bắc Kạn,2016-01-02,Còn hiệu lực,Quy định sau,https://example.invalid/998
                997/2014/QĐ-UBND,Quyết định,UBND tỉnh Bắc Kạn,2014-01-02,Còn hiệu lực,Quy định trước,https://example.invalid/997
                """);
        Path relations = Files.writeString(dir.resolve("links.jsonl"), """
                {"from_number": "997/2014/QĐ-UBND", "to_number": "998/2016/QĐ-UBND", "relation": "bị thay thế bởi", "source_url": "https://example.invalid/r"}
                {"from_number": "1/2014/QĐ-UBND", "to_number": "997/2014/QĐ-UBND", "relation": "không biết"}
                """);
        CatalogReport report = new CatalogImporter(stores.graph()).importFiles(List.of(records), List.of(relations), (p, n) -> { });
        assertThat(report.imported()).isEqualTo(3);
        assertThat(report.relations()).isEqualTo(1);
        assertThat(report.failed()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.error()).contains("không biết");
        });
        Validity expired = stores.validity().statusOf(stores.graph().findByNumber("999/2015/QĐ-UBND").orElseThrow().id()).orElseThrow();
        assertThat(expired.status()).isEqualTo(ValidityStatus.EXPIRED);
        assertThat(expired.source()).isEqualTo(ValiditySource.CATALOG);
        assertThat(expired.sourceUrl()).isEqualTo("https://example.invalid/999");
        // "997 bị thay thế bởi 998": 998 replaces 997, as the catalog says; that outranks the catalog's stale "Còn hiệu lực".
        Validity replaced = stores.validity().statusOf(stores.graph().findByNumber("997/2014/QĐ-UBND").orElseThrow().id()).orElseThrow();
        assertThat(replaced.status()).isEqualTo(ValidityStatus.REPLACED);
        assertThat(replaced.replacedBy().number()).isEqualTo("998/2016/QĐ-UBND");
        assertThat(replaced.sourceUrl()).isEqualTo("https://example.invalid/r");
        assertThat(replaced.evidence()).contains("Danh mục văn bản", "998/2016/QĐ-UBND");
    }

    @Test
    void issue14WhoBoTriKinhPhiInBacKanNamesSoTaiChinhAndItsSuccessorToday() {
        ResponsibleAnswers answers = new ResponsibleService(stores.graph(), stores.tasks())
                .answer("ai bố trí kinh phí", null, "Bắc Kạn");
        ResponsibleAnswers.Answer first = answers.answers().getFirst();
        assertThat(first.body()).isEqualTo("Sở Tài chính");
        assertThat(first.province()).isEqualTo("Bắc Kạn");
        assertThat(first.document().number()).isEqualTo("1852/QĐ-UBND");
        assertThat(first.successor().name()).isEqualTo("Sở Tài chính tỉnh Thái Nguyên");
        assertThat(first.successor().text()).startsWith("Sở Tài chính tỉnh Bắc Kạn → nay: Sở Tài chính tỉnh Thái Nguyên, theo Nghị quyết 202/2025/QH15");
    }

    @Test
    void askingForTheNewProvinceFindsItsPredecessorsDuties() {
        ResponsibleAnswers answers = new ResponsibleService(stores.graph(), stores.tasks())
                .answer("ai bố trí kinh phí", null, "Thái Nguyên");
        assertThat(answers.answers()).anySatisfy(a -> {
            assertThat(a.body()).isEqualTo("Sở Tài chính");
            assertThat(a.document().number()).isEqualTo("1852/QĐ-UBND");
        });
    }

    @Test
    void theNewBodysObligationsIncludeThoseOfTheBodiesMergedIntoIt() {
        Obligations obligations = new ObligationService(stores.tasks()).obligations("Sở Tài chính tỉnh Thái Nguyên", LocalDate.of(2026, 6, 1));
        assertThat(obligations.obligations()).extracting(o -> o.body() + " | " + o.province()).contains(
                "Sở Tài chính | Bắc Kạn", "Sở Kế hoạch và Đầu tư | Bắc Kạn").doesNotContain("Sở Tài chính | Hậu Giang");
        assertThat(obligations.obligations()).filteredOn(o -> o.body().equals("Sở Kế hoạch và Đầu tư")).first()
                .satisfies(o -> assertThat(o.successor().text()).startsWith(
                        "Sở Kế hoạch và Đầu tư tỉnh Bắc Kạn → nay: Sở Tài chính tỉnh Thái Nguyên, theo Nghị định 45/2025/NĐ-CP"));
    }
}
