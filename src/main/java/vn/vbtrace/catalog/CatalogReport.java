package vn.vbtrace.catalog;

import java.util.List;

/**
 * {"imported": n, "unchanged": n, "relations": n, "failed": [{"path":..,"line":..,"error":..}]}: records written,
 * records already imported as they are, relations written or already there, and the rows that could not be read
 * (at most {@link CatalogImporter#MAX_FAILURES} listed; {@code failedCount} counts them all).
 */
public record CatalogReport(long imported, long unchanged, long relations, List<Failure> failed, long failedCount) {

    /** A row (or a whole file, line 0) that was not imported, and why. */
    public record Failure(String path, long line, String error) {
    }
}
