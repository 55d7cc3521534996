// Issue 13: the ingest journal of vbtrace instances that share a Neo4j server (IngestLedger). With an embedded
// graph the journal is a file in the data folder and none of these nodes exist.

// A batch begun and not ended: what a crash interrupted. Numbered from one counter, so the order begun is known.
CREATE CONSTRAINT ingest_batch_number IF NOT EXISTS
FOR (b:IngestBatch) REQUIRE b.number IS UNIQUE;

CREATE INDEX ingest_batch_session IF NOT EXISTS
FOR (b:IngestBatch) ON (b.session);

CREATE CONSTRAINT journal_counter_name IF NOT EXISTS
FOR (c:JournalCounter) REQUIRE c.name IS UNIQUE;

// The register of stored originals: one node per file's bytes (an upload of the same bytes is "unchanged"),
// found by a document's id for its download list.
CREATE CONSTRAINT stored_file_hash IF NOT EXISTS
FOR (f:StoredFile) REQUIRE f.hash IS UNIQUE;

CREATE INDEX stored_file_id IF NOT EXISTS
FOR (f:StoredFile) ON (f.id);

// A running instance says it is alive (seenAt, the server's clock) under its name; a batch whose session no
// live instance holds is an orphan any instance may finish.
CREATE CONSTRAINT vbtrace_instance_name IF NOT EXISTS
FOR (i:VbtraceInstance) REQUIRE i.name IS UNIQUE;

CREATE INDEX vbtrace_instance_session IF NOT EXISTS
FOR (i:VbtraceInstance) ON (i.session);
