package vn.vbtrace.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.NIOFSDirectory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One Lucene index folder with the write policy every index of a data folder shares: writes are staged
 * and committed together ({@link #begin}), a batch given up leaves the index as its last commit holds it,
 * and searchers are refreshed after a commit only, never by a search, so a search sees only what was
 * committed. Read-only (a command beside a running server) it opens readers only and picks up the
 * server's new commits before each search.
 */
final class LuceneStore implements AutoCloseable {

    private final Path path;
    private final Directory directory;
    private final Writing writing;
    /** The writer and its searchers; replaced together after a rollback (IndexWriter.rollback closes the writer). */
    private volatile Writable writable;
    private final SearcherManager readOnlySearchers;
    /** One batch at a time; it is held from the first staged write to the commit or rollback. */
    private final ReentrantLock writeLock = new ReentrantLock(true);

    private record Writable(IndexWriter writer, SearcherManager searchers) {
    }

    /**
     * How an index is written: its analyzer, its indexing buffer, and how its stored fields are compressed. A
     * segment records its own codec, so a folder written with another mode stays readable and its segments take the
     * new one as they are merged. An index sort, when given, orders the documents of every segment (null: the order
     * they were added in); an index written without it cannot be opened with it (see {@link ClauseOrder#sortInPlace}).
     */
    record Writing(Analyzer analyzer, double ramBufferMb, Lucene104Codec.Mode storedFields, Sort indexSort) {
        /**
         * Lucene notes at the first index a JVM opens that the incubating Vector API is not enabled; that is not the
         * user's concern. Set here, where every index is opened, not at the start of every command: the logging
         * system's first use looks up a service through the whole class path, 0.2 s of a command that only asks a
         * server. Held so the setting is not garbage-collected with the logger.
         */
        private static final java.util.logging.Logger VECTOR_NOTICE = quiet("org.apache.lucene.internal.vectorization");

        private static java.util.logging.Logger quiet(String name) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            logger.setLevel(java.util.logging.Level.SEVERE);
            return logger;
        }

        Writing(Analyzer analyzer, double ramBufferMb, Lucene104Codec.Mode storedFields) {
            this(analyzer, ramBufferMb, storedFields, null);
        }

        IndexWriterConfig config() {
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setRAMBufferSizeMB(ramBufferMb)
                    // A commit does not wait for small segments' merges (Lucene waits up to 0.5 s by default): an
                    // upload's two commits took 0.1 to 0.65 s at 10,000 documents, waiting on them (0.1 to 0.27 s
                    // without). The merges still run, in the background.
                    .setMaxFullFlushMergeWaitMillis(0)
                    .setCodec(new Lucene104Codec(storedFields));
            return indexSort == null ? config : config.setIndexSort(indexSort);
        }
    }

    interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private LuceneStore(Path path, Directory directory, Writing writing, Writable writable,
                        SearcherManager readOnlySearchers) {
        this.path = path;
        this.directory = directory;
        this.writing = writing;
        this.writable = writable;
        this.readOnlySearchers = readOnlySearchers;
    }

    static LuceneStore openWritable(Path dir, Writing writing, IndexFileAccess access) {
        try {
            Files.createDirectories(dir);
            Directory directory = access == IndexFileAccess.MAPPED ? new ServerIndexDirectory(dir) : new NIOFSDirectory(dir);
            Writable writable = openWriter(directory, writing);
            writable.writer().commit(); // an empty index is still an index a reader can open
            return new LuceneStore(dir, directory, writing, writable, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index at " + dir + ": " + e.getMessage(), e);
        }
    }

    static Optional<LuceneStore> openReadOnly(Path dir) {
        try {
            if (!Files.isDirectory(dir)) {
                return Optional.empty();
            }
            Directory directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return Optional.empty();
            }
            return Optional.of(new LuceneStore(dir, directory, null, null, new SearcherManager(directory, null)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the index at " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Writable openWriter(Directory directory, Writing writing) throws IOException {
        IndexWriter writer = new IndexWriter(directory, writing.config());
        return new Writable(writer, new SearcherManager(writer, null));
    }

    /**
     * A new, empty index in memory, written as this one is (analyzer, codec, sort): what an upload's rehearsal
     * writes to, so that the first real commit finds Lucene's indexing code loaded and compiled, and nothing is
     * written here.
     */
    LuceneStore emptyCopyInMemory() {
        if (writing == null) {
            throw new IllegalStateException("the index at " + path + " was opened read-only");
        }
        try {
            Directory memory = new ByteBuffersDirectory();
            return new LuceneStore(path, memory, writing, openWriter(memory, writing), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open an index in memory: " + e.getMessage(), e);
        }
    }

    /** Starts a batch of writes; waits while another one is under way. */
    IndexWriter begin() {
        if (writable == null) {
            throw new IllegalStateException("the index at " + path + " was opened read-only");
        }
        writeLock.lock();
        return writable.writer();
    }

    /** Makes the batch durable and visible to searches, and ends it. */
    void commit() {
        try {
            Writable current = writable;
            current.writer().commit();
            current.searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot commit the index at " + path + ": " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Gives the batch up and ends it: the index is again what its last commit holds. */
    void rollback() {
        Writable old = writable;
        try {
            old.writer().rollback();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot roll the index at " + path + " back: " + e.getMessage(), e);
        } finally {
            try {
                writable = openWriter(directory, writing);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot reopen the index at " + path + " after a rollback: " + e.getMessage(), e);
            } finally {
                closeQuietly(old.searchers());
                writeLock.unlock();
            }
        }
    }

    <T> T withSearcher(SearcherWork<T> work) {
        try {
            SearcherManager searchers;
            if (readOnlySearchers != null) {
                searchers = readOnlySearchers;
                searchers.maybeRefresh();
            } else {
                searchers = writable.searchers();
            }
            IndexSearcher searcher;
            try {
                searcher = searchers.acquire();
            } catch (AlreadyClosedException e) {
                // A rollback replaced the writer between reading the field and acquiring: use the new one.
                searchers = writable.searchers();
                searcher = searchers.acquire();
            }
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isWritable() {
        return writable != null;
    }

    private static void closeQuietly(SearcherManager searchers) {
        try {
            searchers.close();
        } catch (IOException | RuntimeException e) {
            // searches under way keep their reader until they release it
        }
    }

    @Override
    public void close() {
        try {
            if (readOnlySearchers != null) {
                readOnlySearchers.close();
            }
            if (writable != null) {
                writable.searchers().close();
                writable.writer().close();
            }
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
