package vn.vbtrace.index;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.apache.lucene.index.IndexReader;

/**
 * Values kept per Lucene reader (a whole index's, a segment's or a segment core's) while it is open: made once for
 * it, dropped when it closes. What a reader's documents give cannot change while it is open; a change opens a new
 * reader, whose values are made anew.
 */
final class KeptWhileOpen<V> {

    private final Map<Object, V> byReader = new ConcurrentHashMap<>();

    /**
     * The value kept for the reader this helper stands for, made by {@code make} the first time it is asked; null
     * for a reader without a helper, which cannot say when it closes (the caller works it out each time).
     */
    V of(IndexReader.CacheHelper helper, Supplier<V> make) {
        if (helper == null) {
            return null;
        }
        return byReader.computeIfAbsent(helper.getKey(), key -> {
            helper.addClosedListener(byReader::remove);
            return make.get();
        });
    }

    /** How many readers have a value kept (for tests: it goes when its reader closes). */
    int size() {
        return byReader.size();
    }
}
