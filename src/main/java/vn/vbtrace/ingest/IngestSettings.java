package vn.vbtrace.ingest;

import vn.vbtrace.index.IndexFileAccess;

import java.time.Duration;
import java.util.Locale;

/**
 * How ingest uses the machine and what one file may ask of it. Each setting is read from a system property
 * ({@code -Dvbtrace.ingest.workers=4}) or the environment ({@code VBTRACE_INGEST_WORKERS=4}), else its default.
 *
 * @param workers        files parsed and extracted at once (default: one per core)
 * @param batchSize      files written to both stores under one journal entry, index commit and graph transaction
 * @param batchCharacters a batch also ends once its texts reach this many characters (memory stays bounded)
 * @param fileTimeout    longest time one file may take to parse and extract before it is given up
 * @param limits         what one file may hold (characters, references)
 * @param indexFiles     how the in-process indexes' files are read: mapped by a server, through read calls by a
 *                       command line (see {@link IndexFileAccess})
 */
public record IngestSettings(int workers, int batchSize, long batchCharacters, Duration fileTimeout, Pipeline.Limits limits,
                             IndexFileAccess indexFiles) {

    public static final int DEFAULT_BATCH_SIZE = 500;
    /**
     * Batches of the running server: an upload waits for the batch being written before its own, so batches
     * there stay short enough that an upload is searchable within a second.
     */
    public static final int SERVER_BATCH_SIZE = 64;

    public IngestSettings {
        if (workers < 1 || batchSize < 1 || batchCharacters < 1 || fileTimeout.isNegative() || fileTimeout.isZero()) {
            throw new IllegalArgumentException("ingest settings must be positive: workers " + workers + ", batch size "
                    + batchSize + ", batch characters " + batchCharacters + ", file timeout " + fileTimeout);
        }
    }

    /** The settings of a command-line ingest. */
    public static IngestSettings fromEnvironment() {
        return fromEnvironment(DEFAULT_BATCH_SIZE, IndexFileAccess.READ_CALLS);
    }

    /** The settings of a server, whose batches are shorter by default and whose searches read mapped index files. */
    public static IngestSettings forServer() {
        return fromEnvironment(SERVER_BATCH_SIZE, IndexFileAccess.MAPPED);
    }

    private static IngestSettings fromEnvironment(int defaultBatchSize, IndexFileAccess indexFiles) {
        return new IngestSettings(
                (int) setting("vbtrace.ingest.workers", Runtime.getRuntime().availableProcessors()),
                (int) setting("vbtrace.ingest.batch-size", defaultBatchSize),
                setting("vbtrace.ingest.batch-characters", 32_000_000L),
                Duration.ofSeconds(setting("vbtrace.ingest.max-seconds", 120)),
                Pipeline.Limits.fromEnvironment(),
                indexFiles);
    }

    public IngestSettings withBatchSize(int size) {
        return new IngestSettings(workers, size, batchCharacters, fileTimeout, limits, indexFiles);
    }

    public IngestSettings withWorkers(int count) {
        return new IngestSettings(count, batchSize, batchCharacters, fileTimeout, limits, indexFiles);
    }

    /** A whole-number setting from a system property or the environment; an unreadable value is a clear error. */
    static long setting(String property, long defaultValue) {
        String value = System.getProperty(property);
        String source = property;
        if (value == null) {
            source = property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            value = System.getenv(source);
        }
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            long parsed = Long.parseLong(value.strip().replace("_", ""));
            if (parsed < 1) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("thiết lập " + source + " phải là một số nguyên dương, không phải '" + value + "'");
        }
    }
}
