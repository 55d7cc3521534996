package vn.vbtrace.ingest;

import java.util.List;

/**
 * {"reextracted": n, "retired": n, "failed": [...]}: documents derived again from their originals,
 * old ids no file produces any more (removed from both stores), and originals that failed.
 */
public record ReextractReport(int reextracted, int retired, List<IngestReport.Failure> failed) {
}
