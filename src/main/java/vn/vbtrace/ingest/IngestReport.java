package vn.vbtrace.ingest;

import java.util.List;

/** The summary of one ingest run: {"ingested":n,"unchanged":n,"failed":[{"path":..,"error":..}]} */
public record IngestReport(int ingested, int unchanged, List<Failure> failed) {

    /** A file that was not ingested, and the one line that says why. */
    public record Failure(String path, String error) {
    }
}
