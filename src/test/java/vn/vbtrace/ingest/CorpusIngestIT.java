package vn.vbtrace.ingest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.Chain;
import vn.vbtrace.document.ChainEdge;
import vn.vbtrace.document.ChainNode;
import vn.vbtrace.document.Direction;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.graph.GraphDocument;
import vn.vbtrace.graph.Link;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.Stores;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped corpus through the whole pipeline into Lucene on disk and embedded Neo4j. */
class CorpusIngestIT {

    @TempDir
    static Path dir;
    static Stores stores;
    static IngestReport first;

    @BeforeAll
    static void ingestCorpus() {
        stores = Stores.open(new DataFolder(dir.resolve("data")), new Pipeline());
        first = stores.ingester().ingest(List.of(TestCorpus.ROOT), s -> { }, n -> { });
    }

    @AfterAll
    static void close() {
        stores.close();
    }

    @Test
    void everyShippedFileIsIngested() throws Exception {
        long files;
        try (var walk = Files.walk(TestCorpus.ROOT)) {
            files = walk.filter(Files::isRegularFile).filter(p -> vn.vbtrace.parse.FileFormats.isSupported(p)).count();
        }
        assertThat(first.failed()).isEmpty();
        assertThat(first.ingested()).isEqualTo(files);
        // The PDF, DOCX and web page are renditions of numbered documents: one document each, not two.
        assertThat(stores.index().count()).isEqualTo(5);
    }

    @Test
    void reingestingTheUnchangedCorpusChangesNothing() {
        long documents = stores.index().count();
        IngestReport again = stores.ingester().ingest(List.of(TestCorpus.ROOT), s -> { }, n -> { });
        assertThat(again.ingested()).isZero();
        assertThat(again.unchanged()).isEqualTo(first.ingested());
        assertThat(stores.index().count()).isEqualTo(documents);
    }

    @Test
    void decision1852IsTheBacKanDecisionBasedOn1322() {
        GraphDocument decision = stores.graph().findByNumber("1852/QĐ-UBND").orElseThrow();
        assertThat(decision.issuer()).isEqualTo("UBND tỉnh Bắc Kạn");
        assertThat(decision.issuedDate()).isEqualTo(LocalDate.of(2020, 10, 14));
        assertThat(decision.stub()).isFalse();
        List<Link> basedOn = stores.graph().outgoing(decision.id()).stream().filter(l -> l.relation().equals("BASED_ON")).toList();
        assertThat(basedOn).anySatisfy(link -> {
            assertThat(link.number()).isEqualTo("1322/QĐ-TTg");
            assertThat(link.citedDate()).isEqualTo(LocalDate.of(2020, 8, 31));
        });
    }

    @Test
    void hauGiangPlanRestsOnItsThreeBases() {
        String id = stores.index().search(vn.vbtrace.document.SearchRequest.of("Hậu Giang kế hoạch dự án", 1)).hits().getFirst().document().id();
        List<String> bases = stores.graph().outgoing(id).stream().filter(l -> l.relation().equals("BASED_ON"))
                .map(Link::number).toList();
        assertThat(bases).contains("712/QĐ-TTg", "20/2010/TT-BKHCN", "1950/QĐ-UBND");
    }

    @Test
    void chainDownFrom1322Reaches1852And4258() {
        Chain chain = stores.graph().chain("1322/QĐ-TTg", Direction.DOWN, 3).orElseThrow();
        assertThat(chain.root().stub()).isTrue();
        assertThat(chain.nodes()).extracting(ChainNode::number).contains("1852/QĐ-UBND", "4258/BKHCN-TĐC");
        String root = DocumentNumbers.idForNumber("1322/QĐ-TTg");
        assertThat(chain.edges()).contains(
                new ChainEdge(DocumentNumbers.idForNumber("1852/QĐ-UBND"), root, "BASED_ON"),
                new ChainEdge(DocumentNumbers.idForNumber("4258/BKHCN-TĐC"), root, "IMPLEMENTS"));
    }

    @Test
    void storesAgreeOnWhichDocumentsExist() {
        assertThat(stores.graph().documentIds()).containsExactlyInAnyOrderElementsOf(stores.index().ids());
    }
}
