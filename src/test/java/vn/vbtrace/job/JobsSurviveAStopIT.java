package vn.vbtrace.job;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.ChildJvm;
import vn.vbtrace.FileUpload;
import vn.vbtrace.TestUsers;
import vn.vbtrace.document.Json;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.LocalServer;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An upload or a folder's ingest answered 202 is done even when the server is killed before its turn: the server (a
 * real child JVM, one upload worker) is given a long upload, then three plans and a folder of three more that queue
 * behind it, and is killed with SIGKILL; started again on the same folder, it ingests the uploads under the job ids
 * it gave them, for the editor who sent them, and the folder under its job's id, for the folder's owner, and the
 * plans are found by their numbers; the job that had ended before the kill is answered as it was.
 */
class JobsSurviveAStopIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    private Process server;

    @AfterEach
    void stop() throws Exception {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(120, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void uploadsAndAFolderQueuedWhenTheServerWasKilledAreIngestedAtItsNextStartUnderTheirJobIds() throws Exception {
        Path data = dir.resolve("data");
        TestUsers.add(data, TestUsers.EDITOR);
        String base = start(data, "first.log");

        // An upload whose job ended before the kill: its answer is read back after it.
        String endedJob = accepted(upload(base, "ke-hoach-800.txt", plan(800))).get("job").asString();
        awaitStatus(base, endedJob, "done", Duration.ofMinutes(2));

        // One worker: the long upload holds it while the plans wait their turn.
        String longJob = accepted(upload(base, "flood.txt", citationFlood(5_000))).get("job").asString();
        awaitStatus(base, longJob, "running", Duration.ofMinutes(2));
        List<String> jobs = new ArrayList<>();
        for (int number = 801; number <= 803; number++) {
            JsonNode job = accepted(upload(base, "ke-hoach-" + number + ".txt", plan(number)));
            assertThat(job.get("status").asString()).as("behind the long upload").isEqualTo("queued");
            jobs.add(job.get("job").asString());
        }
        assertThat(get(base, "/api/jobs/" + jobs.getLast()).get("status").asString()).isEqualTo("queued");
        // A folder on the server's machine, ingested by the server for the folder's owner (what `ingest` beside it sends).
        Path folder = Files.createDirectories(dir.resolve("to-ingest"));
        for (int number = 811; number <= 813; number++) {
            Files.write(folder.resolve("ke-hoach-" + number + ".txt"), plan(number));
        }
        JsonNode folderJob = accepted(ingest(base, data, folder));
        assertThat(folderJob.get("status").asString()).as("behind the long upload").isEqualTo("queued");

        server.destroyForcibly(); // SIGKILL: no shutdown hook, nothing flushed that was not on disk already
        assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(kept(data, ".upload")).as("the queued uploads are on disk").hasSizeGreaterThanOrEqualTo(3);
        assertThat(kept(data, ".ingest")).as("the folder's ingest is on disk").hasSize(1);

        base = start(data, "second.log");
        JsonNode ended = get(base, "/api/jobs/" + endedJob);
        assertThat(ended.get("status").asString()).isEqualTo("done");
        assertThat(ended.get("file").asString()).isEqualTo("ke-hoach-800.txt");
        assertThat(ended.get("result").get("status").asString()).isEqualTo("ingested");
        assertThat(get(base, "/api/documents/" + ended.get("result").get("id").asString()).get("document").get("number").asString())
                .isEqualTo("800/KH-UBND");
        for (int i = 0; i < jobs.size(); i++) {
            JsonNode finished = awaitStatus(base, jobs.get(i), "done", Duration.ofMinutes(5));
            assertThat(finished.get("file").asString()).isEqualTo("ke-hoach-" + (801 + i) + ".txt");
            assertThat(finished.get("submittedBy").asString()).isEqualTo(TestUsers.EDITOR.name());
            assertThat(finished.get("result").get("status").asString()).isEqualTo("ingested");
            JsonNode page = get(base, "/api/documents/by-number?number=" + URLEncoder.encode((801 + i) + "/KH-UBND", StandardCharsets.UTF_8));
            assertThat(page.get("document").get("title").asString()).isEqualTo("Bố trí kinh phí chuyển đổi số năm 2026 (đợt " + (801 + i) + ")");
        }
        JsonNode folderDone = awaitStatus(base, folderJob.get("job").asString(), "done", Duration.ofMinutes(5));
        assertThat(folderDone.get("file").asString()).isEqualTo(folder.toString());
        assertThat(folderDone.get("submittedBy").asString()).isEqualTo("local");
        assertThat(folderDone.get("result").get("ingested").asInt()).isEqualTo(3);
        for (int number = 811; number <= 813; number++) {
            JsonNode page = get(base, "/api/documents/by-number?number=" + URLEncoder.encode(number + "/KH-UBND", StandardCharsets.UTF_8));
            assertThat(page.get("document").get("source").asString()).isEqualTo("to-ingest/ke-hoach-" + number + ".txt");
        }
        // The long upload, cut short by the kill, was taken up again too; then nothing is left kept.
        assertThat(awaitStatus(base, longJob, "done", Duration.ofMinutes(5)).get("result").get("status").asString())
                .isIn("ingested", "unchanged");
        assertThat(kept(data, ".upload")).isEmpty();
        assertThat(kept(data, ".ingest")).isEmpty();
    }

    private String start(Path data, String log) throws Exception {
        // One job and one ingest thread at a time, batches of 20: a kill lands with a few batches in and most to do.
        List<String> command = ChildJvm.command("-Xmx1g", "-Dvbtrace.upload.workers=1", "-Dvbtrace.ingest.workers=1",
                "-Dvbtrace.ingest.batch-size=20", "-cp", System.getProperty("java.class.path"),
                "vn.vbtrace.VbtraceApplication", "serve", "--port", "0", "--data", data.toString());
        server = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(dir.resolve(log).toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the server runs: " + dir.resolve(log)).isTrue();
            var found = LocalServer.find(new DataFolder(data)).filter(s -> s.pid() == server.pid());
            if (found.isPresent()) {
                return "http://127.0.0.1:" + found.get().port();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start: " + dir.resolve(log));
    }

    /**
     * {@code ingest} beside a server that is killed half way (batches of 20, some in the stores): the command says the
     * server went away and that the job is kept, and the server started again goes on with it, under its id, until
     * every file is in the repository once.
     */
    @Test
    void aFolderIngestCutShortByAKillGoesOnAtTheNextStartAndItsCommandSaysSo() throws Exception {
        Path data = dir.resolve("data");
        TestUsers.add(data, TestUsers.EDITOR);
        String base = start(data, "first.log");
        Path folder = Files.createDirectories(dir.resolve("ke-hoach"));
        int files = 1_000;
        for (int number = 1_001; number < 1_001 + files; number++) {
            Files.write(folder.resolve("ke-hoach-" + number + ".txt"), plan(number));
        }
        Process command = new ProcessBuilder(ChildJvm.command("-cp", System.getProperty("java.class.path"),
                "vn.vbtrace.VbtraceApplication", "ingest", folder.toString(), "--data", data.toString(), "--json"))
                .redirectOutput(dir.resolve("ingest.out").toFile()).redirectError(dir.resolve("ingest.err").toFile()).start();
        try {
            String job = awaitKeptIngest(data, Duration.ofMinutes(2));
            long storedBefore = awaitStored(base, Duration.ofMinutes(2));
            server.destroyForcibly(); // SIGKILL, mid-way
            assertThat(server.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(command.waitFor(2, TimeUnit.MINUTES)).as("the command ends when its server is gone").isTrue();
            assertThat(command.exitValue()).isEqualTo(1);
            assertThat(Files.readString(dir.resolve("ingest.err")).strip())
                    .startsWith("vbtrace ingest: máy chủ trên cổng")
                    .contains("việc nạp (công việc " + job + ") được giữ lại: máy chủ khởi động lại sẽ nạp tiếp")
                    .doesNotContain("lỗi nội bộ");

            base = start(data, "second.log");
            JsonNode done = awaitStatus(base, job, "done", Duration.ofMinutes(5));
            JsonNode report = done.get("result");
            System.out.printf("JobsSurviveAStopIT: killed with %d of %d plans searchable; the next start's job: ingested %d, unchanged %d%n",
                    storedBefore, files, report.get("ingested").asInt(), report.get("unchanged").asInt());
            assertThat(report.get("failed").size()).isZero();
            assertThat(report.get("ingested").asInt() + report.get("unchanged").asInt()).isEqualTo(files);
            assertThat(report.get("unchanged").asLong()).as("the batches stored before the kill").isGreaterThanOrEqualTo(storedBefore);
            assertThat(stored(base)).as("every plan once").isEqualTo(files);
            assertThat(kept(data, ".ingest")).isEmpty();
        } finally {
            command.destroyForcibly();
        }
    }

    /** The job id of the one folder ingest kept in the data folder, once the server has accepted it. */
    private static String awaitKeptIngest(Path data, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            List<Path> kept = kept(data, ".ingest");
            if (!kept.isEmpty()) {
                String name = kept.getFirst().getFileName().toString();
                return name.substring(0, name.length() - ".ingest".length());
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no folder ingest accepted within " + patience);
    }

    /** How many plans are searchable, once some are: the first batches are in the stores. */
    private static long awaitStored(String base, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            long stored = stored(base);
            if (stored > 0) {
                return stored;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no plan stored within " + patience);
    }

    /** The plans the repository holds: every one says "bố trí kinh phí chuyển đổi số". */
    private static long stored(String base) throws Exception {
        return get(base, "/api/search?q=" + URLEncoder.encode("\"chuyển đổi số\"", StandardCharsets.UTF_8) + "&limit=1")
                .get("total").asLong();
    }

    /** The jobs kept in the data folder, of the kind the files' suffix names. */
    private static List<Path> kept(Path data, String suffix) throws Exception {
        Path folder = new DataFolder(data).uploads();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    private static HttpResponse<String> upload(String base, String name, byte[] bytes) throws Exception {
        HttpRequest request = FileUpload.of(name, bytes).post(URI.create(base + "/api/documents?async=true"))
                .header("Authorization", TestUsers.EDITOR.basic()).timeout(Duration.ofMinutes(1)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** POST /api/ingest of a folder, as the folder's owner (its local token), as `ingest` beside a server sends it. */
    private static HttpResponse<String> ingest(String base, Path data, Path folder) throws Exception {
        String token = Files.readString(new DataFolder(data).localToken()).strip();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/ingest")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").timeout(Duration.ofMinutes(1))
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(java.util.Map.of("paths", List.of(folder.toString()))))).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static JsonNode accepted(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return Json.mapper().readTree(response.body());
    }

    private static JsonNode get(String base, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", TestUsers.EDITOR.basic())
                .timeout(Duration.ofMinutes(1)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return Json.mapper().readTree(response.body());
    }

    private static JsonNode awaitStatus(String base, String job, String status, Duration patience) throws Exception {
        long deadline = System.nanoTime() + patience.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            last = get(base, "/api/jobs/" + job);
            if (last.get("status").asString().equals(status)) {
                return last;
            }
            assertThat(last.get("status").asString()).as("job " + job + ": " + last).isNotEqualTo("failed");
            Thread.sleep(50);
        }
        throw new AssertionError("job " + job + " not " + status + " within " + patience + ": " + last);
    }

    private static byte[] plan(int number) {
        return ("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: " + number + "/KH-UBND\nBắc Kạn, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
                + "Bố trí kinh phí chuyển đổi số năm 2026 (đợt " + number + ")\nSở Tài chính chủ trì bố trí kinh phí.\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] citationFlood(int lines) {
        StringBuilder text = new StringBuilder("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 999/KH-UBND\nKẾ HOẠCH\n");
        for (int i = 1; i <= lines; i++) {
            text.append("Căn cứ Quyết định số ").append(i).append("/QĐ-UBND ngày 01/01/2020;\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
