package vn.vbtrace.cli;

import tools.jackson.databind.JsonNode;
import vn.vbtrace.ingest.FileWalker;
import vn.vbtrace.ingest.IngestReport;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * {@code ingest} beside a running server: each file is uploaded under the name a local ingest would record,
 * a few at a time, so the server extracts them in parallel and writes those that arrive together as one batch.
 */
final class ServerUploads {

    /** Uploads under way at once: enough to keep the server's extraction threads busy. */
    private static final int IN_FLIGHT = 4;

    private final ServerClient server;

    ServerUploads(ServerClient server) {
        this.server = server;
    }

    IngestReport upload(List<Path> roots, Consumer<String> progress, Consumer<Integer> total) {
        List<FileWalker.Candidate> candidates = new FileWalker().expand(roots);
        total.accept(candidates.size());
        int ingested = 0;
        int unchanged = 0;
        List<IngestReport.Failure> failed = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            List<Future<JsonNode>> answers = new ArrayList<>();
            for (FileWalker.Candidate candidate : candidates) {
                answers.add(candidate.error() != null ? null : pool.submit(() -> send(candidate)));
            }
            for (int i = 0; i < candidates.size(); i++) {
                FileWalker.Candidate candidate = candidates.get(i);
                String error = candidate.error();
                String status = null;
                if (error == null) {
                    try {
                        JsonNode answer = answers.get(i).get();
                        status = answer.path("status").asString("");
                        error = "failed".equals(status) ? answer.path("error").asString("failed") : null;
                    } catch (Exception e) {
                        Throwable cause = e.getCause() == null ? e : e.getCause();
                        error = cause.getMessage();
                    }
                }
                if (error != null) {
                    failed.add(new IngestReport.Failure(candidate.path().toString(), error));
                } else if ("unchanged".equals(status)) {
                    unchanged++;
                } else {
                    ingested++;
                }
                progress.accept(candidate.source());
            }
        } finally {
            pool.shutdownNow();
        }
        return new IngestReport(ingested, unchanged, failed);
    }

    private JsonNode send(FileWalker.Candidate candidate) throws IOException, InterruptedException {
        LoopbackHttp.Reply response = server.postFile("/api/documents", ServerClient.query("source", candidate.source()),
                candidate.path());
        if (response.status() == 422) {
            return ServerClient.json(response.body()); // a refused file: {"status": "failed", "error": ...}, its outcome
        }
        if (response.status() == 202) {
            return awaitJob(ServerClient.json(response.body()).path("job").asString());
        }
        return ServerClient.read(response, JsonNode.class);
    }

    /** A large upload the server took on as a job: its outcome once the job ends. */
    private JsonNode awaitJob(String id) throws InterruptedException {
        while (true) {
            JsonNode job = server.get("/api/jobs/" + id, ServerClient.query());
            String status = job.path("status").asString("");
            if ("done".equals(status)) {
                return job.path("result");
            }
            if ("failed".equals(status)) {
                return ServerClient.json("{\"status\": \"failed\", \"error\": " + ServerClient.quote(job.path("error").asString("failed")) + "}");
            }
            Thread.sleep(200);
        }
    }
}
