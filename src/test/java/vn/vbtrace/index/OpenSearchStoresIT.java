package vn.vbtrace.index;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.SearchServerException;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.SearchConnection;
import vn.vbtrace.system.Stores;
import vn.vbtrace.trace.ResponsibleAnswers;
import vn.vbtrace.trace.ResponsibleService;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13, point 1: with vbtrace.search.uri set, the whole ingest path writes to OpenSearch: batches staged on
 * several threads, the statuses derived in the batch, the duty clauses in the server's second index (what another
 * instance answers "who is responsible" from), the graph's staff records afterwards, and a server that
 * cannot be reached stops the start with one Vietnamese line.
 */
class OpenSearchStoresIT {

    /** A later decision replacing 1852/QĐ-UBND. */
    private static final String REPLACING = """
            ỦY BAN NHÂN DÂN
            TỈNH BẮC KẠN
            Số: 999/QĐ-UBND
            Bắc Kạn, ngày 10 tháng 01 năm 2025
            QUYẾT ĐỊNH
            Ban hành Kế hoạch chuyển đổi số giai đoạn 2025 - 2030
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch chuyển đổi số giai đoạn 2025 - 2030.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1852/QĐ-UBND ngày 14/10/2020 của UBND tỉnh Bắc Kạn.
            """;

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty("vbtrace.search.uri");
        System.clearProperty("vbtrace.search.index");
    }

    @Test
    void anIngestIsSearchedOnTheServerAndStatusesFollowTheGraph() throws Exception {
        String name = "stores-" + ProcessHandle.current().pid();
        System.setProperty("vbtrace.search.uri", OpenSearchServer.uri().toString());
        System.setProperty("vbtrace.search.index", name);
        try (Stores stores = Stores.open(new DataFolder(dir.resolve("data")), new Pipeline())) {
            assertThat(stores.index()).isInstanceOf(OpenSearchIndex.class);
            assertThat(stores.tasks()).isInstanceOf(OpenSearchTaskIndex.class);
            assertThat(((OpenSearchTaskIndex) stores.tasks()).name()).isEqualTo(name + "-tasks");
            try {
                stores.ingester().ingest(List.of(TestCorpus.DECISION_1852, TestCorpus.LETTER_4258), s -> { }, n -> { });
                assertThat(stores.index().count()).isEqualTo(2);
                assertThat(stores.index().search(SearchRequest.of("Sở Tài chính bố trí kinh phí", 5)).hits().getFirst().document().number())
                        .isEqualTo("1852/QĐ-UBND");
                // Both cite 1322/QĐ-TTg, 1852 dating it 31/8/2020 and 4258 30/8/2020: counted on the server, the one
                // dating it otherwise than asked shown first, the citers listed oldest first.
                String id1322 = stores.graph().findByNumber("1322/QĐ-TTg").orElseThrow().id();
                String id1852 = stores.graph().findByNumber("1852/QĐ-UBND").orElseThrow().id();
                String id4258 = stores.graph().findByNumber("4258/BKHCN-TĐC").orElseThrow().id();
                CitingEvidence citing = stores.index().citing(id1322, java.time.LocalDate.of(2020, 8, 31), 10, 5);
                assertThat(citing.citers()).isEqualTo(2);
                assertThat(citing.dates()).containsExactly(new CitingEvidence.DateCount(java.time.LocalDate.of(2020, 8, 30), 1),
                        new CitingEvidence.DateCount(java.time.LocalDate.of(2020, 8, 31), 1));
                assertThat(citing.examples()).containsExactly(id4258, id1852);
                assertThat(stores.index().citing(id1322, null, 10, 5).examples()).containsExactly(id4258, id1852);
                assertThat(stores.index().citersOldestFirst(id1322, 10)).containsExactly(id1852, id4258);
                assertThat(stores.index().citersOldestFirst(id1322, 1)).containsExactly(id1852);
                // Derived in the ingest batch: "Quyết định này có hiệu lực kể từ ngày ký".
                assertThat(numbers(stores, "IN_FORCE")).containsExactly("1852/QĐ-UBND");
                // Who is responsible, asked here and of the server's duty clauses as another instance opens them.
                ResponsibleAnswers here = new ResponsibleService(stores.graph(), stores.tasks()).answer("ai bố trí kinh phí", null, "Bắc Kạn");
                assertThat(here.answers().getFirst().body()).isEqualTo("Sở Tài chính");
                assertThat(here.answers().getFirst().document().number()).isEqualTo("1852/QĐ-UBND");
                try (var elsewhere = SearchConnection.openTasks(new DataFolder(dir.resolve("other")), IndexFileAccess.MAPPED)) {
                    assertThat(new ResponsibleService(stores.graph(), elsewhere).answer("ai bố trí kinh phí", null, "Bắc Kạn"))
                            .isEqualTo(here);
                    assertThat(elsewhere.count()).isEqualTo(stores.tasks().count()).isPositive();
                }
                assertThat(dir.resolve("other").resolve("tasks")).doesNotExist();
                Path extra = Files.createDirectories(dir.resolve("extra"));
                Files.writeString(extra.resolve("999-QD-UBND.txt"), REPLACING);
                stores.ingester().ingest(List.of(extra), s -> { }, n -> { });
                assertThat(numbers(stores, "REPLACED")).containsExactly("1852/QĐ-UBND");
                String id999 = stores.graph().findByNumber("999/QĐ-UBND").orElseThrow().id();
                stores.validity().record(id999, "EXPIRED", "Hết hiệu lực theo Quyết định số 5/QĐ-UBND", "Nguyễn Văn A");
                assertThat(numbers(stores, "EXPIRED")).containsExactly("999/QĐ-UBND");
            } finally {
                ((OpenSearchIndex) stores.index()).drop();
                ((OpenSearchTaskIndex) stores.tasks()).drop();
            }
        }
    }

    private static List<String> numbers(Stores stores, String status) {
        return stores.index().search(SearchRequest.of(null).withFilter(FilterField.STATUS, status)).hits().stream()
                .map(h -> h.document().number()).toList();
    }

    /**
     * An index an earlier release created under other BM25 values (here Lucene's defaults, k1 1.2 and b 0.75) and an
     * older analysis (syllables without their one spelling of i and y) is given the product's when vbtrace connects,
     * so that the server ranks as the in-process index does; what it held is still there.
     */
    @Test
    void anIndexCreatedUnderOtherBm25ValuesAndAnalysisIsGivenTheProductsAndKeepsItsDocuments() {
        String name = "older-" + ProcessHandle.current().pid();
        OpenSearchClient client = new OpenSearchClient(OpenSearchServer.uri(), null, null);
        ObjectNode older = OpenSearchMapping.index();
        ((ObjectNode) older.path("settings").path("index").path("similarity").path("default")).put("k1", 1.2f).put("b", 0.75f);
        ObjectNode syllables = (ObjectNode) older.path("settings").path("index").path("analysis").path("analyzer").path("vb_syllables");
        syllables.putArray("filter").add("lowercase");
        client.send("PUT", name, older);
        assertThat(analysed(client, name, "kĩ")).isEqualTo("kĩ");
        client.send("PUT", name + "/_doc/held?refresh=true", "{\"id\": \"held\"}", "application/json");
        try {
            OpenSearchIndex.connect(OpenSearchServer.uri(), null, null, name);

            JsonNode settings = client.send("GET", name + "/_settings?flat_settings=true", (String) null, null).json()
                    .path(name).path("settings");
            assertThat(Float.parseFloat(settings.path("index.similarity.default.k1").asString())).isEqualTo(SearchTuning.DEFAULT.k1());
            assertThat(Float.parseFloat(settings.path("index.similarity.default.b").asString())).isEqualTo(SearchTuning.DEFAULT.b());
            assertThat(client.send("GET", name + "/_count", (String) null, null).json().path("count").asInt()).isEqualTo(1);
            assertThat(analysed(client, name, "kĩ")).isEqualTo("kỹ");
            assertThat(analysed(client, name, "thi")).isEqualTo("thi");
            // Held now, they are not set again (nor the index closed) at the next start.
            assertThat(client.keepStaticSettings(name, OpenSearchMapping.staticSettings())).isFalse();
        } finally {
            client.send("DELETE", name, (String) null, null, 404);
        }
    }

    /** The one token the index's syllable analyzer makes of {@code word}. */
    private static String analysed(OpenSearchClient client, String index, String word) {
        ObjectNode request = OpenSearchClient.JSON.createObjectNode().put("analyzer", "vb_syllables").put("text", word);
        return client.send("POST", index + "/_analyze", request).json().path("tokens").path(0).path("token").asString();
    }

    @Test
    void aServerThatCannotBeReachedStopsTheStartWithOneLine() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        System.setProperty("vbtrace.search.uri", "http://127.0.0.1:" + closed);
        String line = "không kết nối được máy chủ tìm kiếm OpenSearch tại http://127.0.0.1:" + closed
                + "/ (VBTRACE_SEARCH_URI): máy chủ chưa chạy hoặc địa chỉ sai";
        assertThatThrownBy(() -> Stores.open(new DataFolder(dir.resolve("data")), new Pipeline()))
                .isInstanceOf(SearchServerException.class).hasMessage(line);
        // The duty clauses on their own (how Stores opens them after the documents' index) say the same.
        assertThatThrownBy(() -> SearchConnection.openTasks(new DataFolder(dir.resolve("data")), IndexFileAccess.MAPPED))
                .isInstanceOf(SearchServerException.class).hasMessage(line);
    }
}
