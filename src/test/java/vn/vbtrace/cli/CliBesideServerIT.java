package vn.vbtrace.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.ChildJvm;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.LocalServer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.vbtrace.cli.CliIT.run;

/**
 * Issue 9, point 5: while {@code serve} holds a data folder (its Neo4j store and index are locked by it), the
 * commands go through its API and answer as they would on their own; once it stops they open the stores again.
 * The server runs as a real child JVM, stopped by its process id.
 */
class CliBesideServerIT {

    static final String REPLACING_DECISION = """
            ỦY BAN NHÂN DÂN
            TỈNH BẮC KẠN
            Số: 999/QĐ-UBND
            Bắc Kạn, ngày 10 tháng 01 năm 2025
            QUYẾT ĐỊNH
            Ban hành Kế hoạch nâng cao năng suất chất lượng giai đoạn 2025 - 2030
            Điều 1. Ban hành kèm theo Quyết định này Kế hoạch nâng cao năng suất chất lượng giai đoạn 2025 - 2030.
            Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 1852/QĐ-UBND ngày 14/10/2020 của UBND tỉnh Bắc Kạn.
            """;

    @TempDir
    static Path dir;
    static Path data;
    static Process server;

    @BeforeAll
    static void serve() throws Exception {
        data = dir.resolve("data");
        List<String> command = ChildJvm.command("-Xmx1g", "-cp", System.getProperty("java.class.path"), "vn.vbtrace.VbtraceApplication",
                "serve", "--port", "0", "--data", data.toString(), "--ingest-on-first-start", TestCorpus.ROOT.toString());
        server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve("server.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline && LocalServer.find(new DataFolder(data)).isEmpty()) {
            assertThat(server.isAlive()).as("the server runs: " + dir.resolve("server.log")).isTrue();
            Thread.sleep(100);
        }
        assertThat(ServerClient.of(new DataFolder(data))).as("the server answers").isPresent();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.destroy(); // SIGTERM: the server closes its stores and removes its note
            if (!server.waitFor(120, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void theServersNoteIsReadableByTheFoldersOwnerOnly() throws Exception {
        Path note = data.resolve(LocalServer.FILE);
        assertThat(Files.getPosixFilePermissions(note))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        Optional<LocalServer> found = LocalServer.find(new DataFolder(data));
        assertThat(found).hasValueSatisfying(s -> assertThat(s.pid()).isEqualTo(server.pid()));
    }

    @Test
    void readsGoThroughTheServerAndAnswerAsTheyWouldAlone() {
        CliIT.Run chain = run("chain", "1322/QĐ-TTg", "--direction", "down", "--depth", "2", "--data", data.toString(), "--json");
        assertThat(chain.status()).as(chain.err()).isZero();
        assertThat(chain.json().get("nodes").valueStream().map(n -> n.get("number").asString("")))
                .contains("1852/QĐ-UBND", "4258/BKHCN-TĐC");

        CliIT.Run responsible = run("responsible", "ai tham mưu bố trí kinh phí", "--data", data.toString(), "--json");
        assertThat(responsible.status()).as(responsible.err()).isZero();
        assertThat(responsible.json().get("answers").get(0).get("body").asString()).isEqualTo("Sở Tài chính");
        assertThat(responsible.json().get("answers").get(0).get("document").get("number").asString()).isEqualTo("1852/QĐ-UBND");

        CliIT.Run search = run("search", "so tai chinh", "--data", data.toString(), "--json");
        assertThat(search.json().get("hits").valueStream().map(h -> h.get("number").asString(""))).contains("1852/QĐ-UBND");

        CliIT.Run unknown = run("chain", "9999/QĐ-XYZ", "--data", data.toString());
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("9999/QĐ-XYZ");

        CliIT.Run check = run("check", "src/test/resources/drafts/du-thao-ke-hoach-2024.txt", "--data", data.toString(), "--json");
        assertThat(check.status()).as(check.err()).isZero();
        assertThat(check.json().get("citations").size()).isPositive();
    }

    @Test
    void writesGoThroughTheServerTooAndAreSearchableAtOnce() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("new"));
        Files.writeString(folder.resolve("999-QD-UBND.txt"), REPLACING_DECISION);
        CliIT.Run ingest = run("ingest", folder.toString(), "--data", data.toString(), "--json");
        assertThat(ingest.status()).as(ingest.err()).isZero();
        assertThat(ingest.json().get("ingested").asInt()).isEqualTo(1);
        CliIT.Run again = run("ingest", folder.toString(), "--data", data.toString(), "--json");
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(1);

        // A bad file in a folder given by a relative path is named as the command alone names it: under that path.
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        Files.write(mixed.resolve("noise.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});
        Path relative = Path.of("").toAbsolutePath().relativize(mixed);
        CliIT.Run bad = run("ingest", relative.toString(), "--data", data.toString(), "--json");
        assertThat(bad.status()).isEqualTo(1);
        assertThat(bad.json().get("failed").get(0).get("path").asString()).isEqualTo(relative.resolve("noise.txt").toString());
        assertThat(bad.json().get("failed").get(0).get("error").asString()).isEqualTo("tệp .txt chứa dữ liệu nhị phân, không phải chữ");

        CliIT.Run found = run("search", "999/QĐ-UBND", "--data", data.toString(), "--json");
        assertThat(found.json().get("hits").get(0).get("number").asString()).isEqualTo("999/QĐ-UBND");
        assertThat(found.json().get("hits").get(0).get("source").asString()).isEqualTo("new/999-QD-UBND.txt");

        CliIT.Run status = run("status", "1852/QĐ-UBND", "--data", data.toString(), "--json");
        assertThat(status.json().get("status").asString()).isEqualTo("REPLACED");
    }
}
