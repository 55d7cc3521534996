package vn.vbtrace.index;

import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.store.NoLockFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/**
 * A server's index files: mapped, since its searches read postings, term dictionaries and doc values in place over and
 * over, except the stored fields, read through read calls. A stored document is read once per hit or page, a block
 * of a few kilobytes at a random place; mapped, each such read left the 64 KB around it mapped into the process and
 * counted as its memory (at 100,000 documents, after the warm-up and the scale benchmark's questions: 316 MB of the
 * serve's RSS were stored-field pages of the document and task indexes, for 279 + 95 MB of such files), though they
 * are the system's file cache and read in microseconds either way.
 */
final class ServerIndexDirectory extends MMapDirectory {

    /** Stored fields' data and index (Lucene 9/10 codecs); their metadata (fdm) is read once at open. */
    private static final Set<String> READ_BY_CALLS = Set.of("fdt", "fdx");

    private final NIOFSDirectory storedFields;

    ServerIndexDirectory(Path dir) throws IOException {
        super(dir);
        this.storedFields = new NIOFSDirectory(dir, NoLockFactory.INSTANCE);
    }

    @Override
    public IndexInput openInput(String name, IOContext context) throws IOException {
        String extension = IndexFileNames.getExtension(name);
        if (extension != null && READ_BY_CALLS.contains(extension)) {
            ensureOpen();
            ensureCanRead(name);
            return storedFields.openInput(name, context);
        }
        return super.openInput(name, context);
    }

    @Override
    public synchronized void close() throws IOException {
        try {
            storedFields.close();
        } finally {
            super.close();
        }
    }
}
