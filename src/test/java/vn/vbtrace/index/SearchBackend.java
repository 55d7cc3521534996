package vn.vbtrace.index;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** The engines the contract suites run on (issue 13, point 2): each test is asked of both, for documents and duty clauses. */
enum SearchBackend {

    /** The in-process index, the default. */
    LUCENE {
        @Override
        SearchIndex open(Path dir) {
            return LuceneSearchIndex.openWritable(dir);
        }

        @Override
        TaskIndex openTasks(Path dir) {
            return LuceneTaskIndex.openWritable(dir);
        }
    },
    /** An OpenSearch server in a separate process (OpenSearchServer), a fresh index each time. */
    OPENSEARCH {
        @Override
        SearchIndex open(Path dir) {
            String name = "contract-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet();
            return OpenSearchIndex.connect(OpenSearchServer.uri(), null, null, name);
        }

        @Override
        TaskIndex openTasks(Path dir) {
            String name = "contract-" + ProcessHandle.current().pid() + "-" + NEXT.incrementAndGet() + OpenSearchTaskIndex.SUFFIX;
            return OpenSearchTaskIndex.connect(OpenSearchServer.uri(), null, null, name);
        }
    };

    private static final AtomicInteger NEXT = new AtomicInteger();

    abstract SearchIndex open(Path dir);

    /** The duty clauses' index on this engine, empty. */
    abstract TaskIndex openTasks(Path dir);

    /** Closes the index; a server's test index is removed. */
    static void dispose(SearchIndex index) {
        if (index instanceof OpenSearchIndex server) {
            server.drop();
        }
        index.close();
    }

    /** Closes the clauses' index; a server's test index is removed. */
    static void dispose(TaskIndex index) {
        if (index instanceof OpenSearchTaskIndex server) {
            server.drop();
        }
        index.close();
    }
}
