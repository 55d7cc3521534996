package vn.vbtrace.cli;

import tools.jackson.databind.JsonNode;
import vn.vbtrace.ingest.FileWalker;
import vn.vbtrace.ingest.IngestReport;
import vn.vbtrace.job.FolderIngests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code ingest} beside a running server: the server ingests the paths itself (POST /api/ingest, the folder owner's
 * on this machine), as an ingest with the stores opened here would, and this follows its job to the end. The files
 * are counted here too, for the progress bar, from the job's share done. The server is sent absolute paths (its working
 * folder is not this one) and names a failed file by the path it read; the report names it as the paths given here
 * would, as the command without a server does.
 */
final class ServerIngest {

    private static final long POLL_MILLIS = 250;

    private final ServerClient server;

    ServerIngest(ServerClient server) {
        this.server = server;
    }

    IngestReport ingest(List<Path> roots, Consumer<String> progress, Consumer<Integer> total) throws InterruptedException {
        int files = new FileWalker().expand(roots).size();
        total.accept(files);
        List<String> paths = roots.stream().map(p -> p.toAbsolutePath().normalize().toString()).toList();
        String job = server.postJson("/api/ingest", Map.of("paths", paths), JsonNode.class).path("job").asString();
        int shown = 0;
        while (true) {
            JsonNode status;
            try {
                status = server.get("/api/jobs/" + job, ServerClient.query());
            } catch (ServerGoneException e) { // the job is kept in the data folder and taken up at the server's next start
                throw new ServerGoneException(e.getMessage() + "; việc nạp (công việc " + job + ") được giữ lại: máy chủ khởi động "
                        + "lại sẽ nạp tiếp, các tệp đã nạp không bị nạp lại", e);
            }
            String state = status.path("status").asString("");
            int done = state.equals("done") ? files : FolderIngests.filesDone(status.path("progress").asDouble(), files);
            for (; shown < done; shown++) {
                progress.accept(status.path("phase").asString(""));
            }
            if (state.equals("done")) {
                return asGiven(ServerClient.JSON.treeToValue(status.path("result"), IngestReport.class), roots);
            }
            if (state.equals("failed")) {
                throw new UserInputException("máy chủ không nạp xong: " + status.path("error").asString("failed"));
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    /** The report with each failed file's absolute path written from the root it was given under ("docs/x.pdf"). */
    static IngestReport asGiven(IngestReport report, List<Path> roots) {
        List<IngestReport.Failure> failed = report.failed().stream()
                .map(failure -> new IngestReport.Failure(asGiven(failure.path(), roots), failure.error())).toList();
        return new IngestReport(report.ingested(), report.unchanged(), failed);
    }

    private static String asGiven(String read, List<Path> roots) {
        Path path = Path.of(read);
        for (Path root : roots) {
            Path absolute = root.toAbsolutePath().normalize();
            if (path.startsWith(absolute)) {
                return root.resolve(absolute.relativize(path)).toString();
            }
        }
        return read;
    }
}
