package vn.vbtrace.index;

import org.apache.lucene.index.IndexWriter;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * What every Lucene batch shares (documents and duty clauses alike): it holds the store's single writer from
 * {@link LuceneStore#begin()} until {@link #commit()} or {@link #rollback()}, and closing it unended rolls it back.
 * Subclasses add the writes of their own index through {@link #write}.
 */
abstract class LuceneBatchBase implements AutoCloseable {

    /** One write to the index writer; its IOException becomes unchecked. */
    @FunctionalInterface
    interface Write {
        void to(IndexWriter writer) throws IOException;
    }

    private final LuceneStore store;
    private final IndexWriter writer;
    private boolean open = true;

    LuceneBatchBase(LuceneStore store) {
        this.store = store;
        this.writer = store.begin();
    }

    final void write(Write write) {
        try {
            write.to(writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void commit() {
        open = false;
        store.commit();
    }

    public void rollback() {
        open = false;
        store.rollback();
    }

    @Override
    public void close() {
        if (open) {
            rollback();
        }
    }
}
