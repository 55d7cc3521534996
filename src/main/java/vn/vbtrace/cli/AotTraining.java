package vn.vbtrace.cli;

import tools.jackson.databind.JsonNode;
import vn.vbtrace.system.DataFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static vn.vbtrace.cli.ServerClient.query;

/**
 * The questions a server is asked, put to the start that records the build's AOT cache (pom.xml, {@code aot-train}:
 * {@code serve} with {@value #PROPERTY}=true on the shipped corpus), which then stops. The cache keeps what that run
 * loaded and linked, and how often each method ran (JDK 25 records method profiles): a server started on it loads the
 * classes of a search, a document page, a chain, a responsibility question, a check and an upload from the cache, and
 * compiles their hot code from the recorded profiles rather than after hundreds of slow answers. The start it
 * replaced ended once Spring's context was refreshed, before any of them ran.
 * <p>
 * Each request is one a user makes, through the command line's own client to the server itself; an answer that is not
 * 2xx ends the training with the server's error, so a broken workload does not quietly record a cache of nothing.
 */
final class AotTraining {

    /** The system property that makes {@code serve} put these questions to itself and stop. */
    static final String PROPERTY = "vbtrace.aot.training";
    /** Each question this many times, so that its hot methods have profiles worth recording. */
    static final int ROUNDS = 60;

    /** GET requests: path and query. The numbers are the shipped corpus's. */
    private static final List<Map.Entry<String, Map<String, Object>>> READS = List.of(
            Map.entry("/api/search", query("q", "nâng cao năng suất và chất lượng sản phẩm")),
            Map.entry("/api/search", query("q", "chuyen doi so trong co quan nha nuoc")),
            Map.entry("/api/search", query("q", "1852/QĐ-UBND")),
            Map.entry("/api/search", query("q", "\"Sở Tài chính\" kinh phí", "mode", "all")),
            Map.entry("/api/documents/by-number", query("number", "1852/QĐ-UBND")),
            Map.entry("/api/documents/by-number", query("number", "1322/QĐ-TTg")),
            Map.entry("/api/chain", query("number", "1852/QĐ-UBND", "direction", "both", "depth", 1)),
            Map.entry("/api/chain", query("number", "1322/QĐ-TTg", "direction", "both", "depth", 3)),
            Map.entry("/api/chain", query("number", "4258/BKHCN-TĐC", "direction", "both", "depth", 5)),
            Map.entry("/api/responsible", query("q", "ai bố trí kinh phí thực hiện")),
            Map.entry("/api/responsible", query("q", "co quan nao chu tri xay dung co so du lieu")));

    /** A draft citing the corpus: checked as a draft, then uploaded as a plan with a number. */
    private static final String DRAFT = """
            ỦY BAN NHÂN DÂN
            TỈNH BẮC KẠN
            Số: %s/KH-UBND
            Bắc Kạn, ngày 2 tháng 1 năm 2025
            KẾ HOẠCH
            Triển khai thực hiện Chương trình nâng cao năng suất và chất lượng sản phẩm, hàng hóa
            Căn cứ Quyết định số 1322/QĐ-TTg ngày 31/8/2020 của Thủ tướng Chính phủ;
            Căn cứ Quyết định số 1852/QĐ-UBND ngày 14/10/2020 của UBND tỉnh Bắc Kạn;
            Căn cứ Công văn số 4258/BKHCN-TĐC ngày 17/11/2023 của Bộ Khoa học và Công nghệ;
            I. NHIỆM VỤ
            1. Sở Tài chính chủ trì bố trí kinh phí thực hiện Kế hoạch, hoàn thành trước ngày 30/6/2025.
            2. Sở Khoa học và Công nghệ theo dõi, đôn đốc việc thực hiện.
            """;

    private AotTraining() {
    }

    static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Asks the server that holds {@code data} every question {@link #ROUNDS} times, with a check, then one upload. */
    static void run(DataFolder data) throws IOException {
        ServerClient server = ServerClient.of(data).orElseThrow(() -> new IllegalStateException("no server holds " + data.root()));
        Path draft = Files.writeString(Files.createTempFile(data.root(), "aot-training-draft", ".txt"), DRAFT.formatted(""),
                StandardCharsets.UTF_8);
        Path plan = Files.writeString(data.root().resolve("aot-training-plan.txt"), DRAFT.formatted("12"), StandardCharsets.UTF_8);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                for (Map.Entry<String, Map<String, Object>> read : READS) {
                    server.get(read.getKey(), read.getValue());
                }
                server.postFileAs("/api/check", Map.of(), draft, JsonNode.class);
            }
            server.postFileAs("/api/documents", Map.of(), plan, JsonNode.class);
        } finally {
            Files.deleteIfExists(draft);
            Files.deleteIfExists(plan);
        }
    }
}
