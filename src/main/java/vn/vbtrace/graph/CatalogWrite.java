package vn.vbtrace.graph;

import java.util.List;

/**
 * What one catalog batch did: {@code count} is how many records were already there unchanged (records) or how many
 * relations were written (relations); {@code held} the ingested documents whose status the batch may have changed.
 */
public record CatalogWrite(int count, List<String> held) {
}
