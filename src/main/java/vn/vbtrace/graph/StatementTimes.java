package vn.vbtrace.graph;

import org.neo4j.driver.SimpleQueryRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Where a batch's graph transaction spends its time, statement by statement and the commit, logged at debug
 * level (VBTRACE_LOG_LEVEL=DEBUG): what to look at first when writing gets slower.
 */
final class StatementTimes {

    private static final Logger log = LoggerFactory.getLogger(StatementTimes.class);

    private final Map<String, Long> nanos = new LinkedHashMap<>();
    private String open;
    private long openedAt;

    void clear() {
        nanos.clear();
        open = null;
    }

    <T> T time(String label, Supplier<T> work) {
        long started = System.nanoTime();
        try {
            return work.get();
        } finally {
            nanos.merge(label, System.nanoTime() - started, Long::sum);
        }
    }

    void exec(SimpleQueryRunner tx, String label, String statement, Map<String, Object> parameters) {
        time(label, () -> DocumentWriter.run(tx, statement, parameters).consume());
    }

    void start(String label) {
        open = label;
        openedAt = System.nanoTime();
    }

    void stop() {
        if (open != null) {
            nanos.merge(open, System.nanoTime() - openedAt, Long::sum);
            open = null;
        }
    }

    void log(int documents) {
        if (log.isDebugEnabled()) {
            log.debug("Graph batch of {} documents, ms: {}", documents, nanos.entrySet().stream()
                    .map(e -> e.getKey() + " " + e.getValue() / 1_000_000).collect(Collectors.joining(", ")));
        }
    }
}
