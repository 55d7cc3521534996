package vn.vbtrace.index;

/**
 * How a process reads the files of its in-process indexes. A server maps them: its searches read postings in place,
 * over and over (but for the stored fields: {@link ServerIndexDirectory}). A command-line ingest reads them through read calls: its merges read the whole index once or
 * twice, and every page a mapped merge touches stays mapped into the process until the merge ends, counted as its
 * memory though it is the system's file cache (the peak of a 100,000-document ingest was 1.6 GB of the process's own
 * and up to 1.1 GB of mapped index pages).
 */
public enum IndexFileAccess {
    MAPPED,
    READ_CALLS
}
