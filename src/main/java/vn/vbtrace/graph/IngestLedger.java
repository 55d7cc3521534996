package vn.vbtrace.graph;

import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ingest journal kept in the graph server, for vbtrace instances that share it (graph-schema V007). A batch
 * begun is an {@code IngestBatch} node, written in a transaction of its own before either store is touched, and
 * deleted when the batch ends; a file committed is a {@code StoredFile} node. Each instance says it is alive on a
 * {@code VbtraceInstance} node under its name; a batch whose session no live instance holds is an orphan that
 * any instance claims and finishes. Times are the server's clock ({@code timestamp()}), so instances on machines
 * whose clocks differ agree on who is alive.
 */
public final class IngestLedger {

    /** One file of a batch, or of the register of stored files. */
    public record Entry(String id, String hash, String storedName, String source) {
    }

    /** A batch begun and not ended: files to write, or documents to take out ({@code removals}). */
    public record Pending(long number, List<Entry> entries, List<String> removals) {
    }

    private static final String BEGIN = """
            MERGE (c:JournalCounter {name: 'batch'})
            SET c.last = coalesce(c.last, 0) + 1
            WITH c.last AS number
            CREATE (b:IngestBatch {number: number, session: $session, owner: $owner, began: timestamp(),
                                   ids: $ids, hashes: $hashes, storedNames: $storedNames, sources: $sources,
                                   removals: $removals})
            RETURN number
            """;

    private static final String END = """
            MATCH (b:IngestBatch {number: $number})
            DELETE b
            """;

    /** The register keeps each file's last commit; batch and position order them as they were committed. */
    private static final String COMMITTED = """
            UNWIND $files AS file
            MERGE (f:StoredFile {hash: file.hash})
            SET f.id = file.id, f.storedName = file.storedName, f.source = file.source,
                f.batch = $number, f.position = file.position
            """;

    /** Entries brought in from a data folder's journal file: a file already registered keeps its record. */
    private static final String IMPORTED = """
            UNWIND $files AS file
            MERGE (f:StoredFile {hash: file.hash})
            ON CREATE SET f.id = file.id, f.storedName = file.storedName, f.source = file.source,
                          f.batch = 0, f.position = file.position
            """;

    private static final String IS_STORED = "RETURN EXISTS { MATCH (:StoredFile {hash: $hash}) } AS stored";

    private static final String STORED = """
            MATCH (f:StoredFile)
            RETURN f.id AS id, f.hash AS hash, f.storedName AS storedName, f.source AS source
            ORDER BY f.batch, f.position
            """;

    private static final String STORED_OF = """
            MATCH (f:StoredFile {id: $id})
            RETURN f.id AS id, f.hash AS hash, f.storedName AS storedName, f.source AS source
            ORDER BY f.batch, f.position
            """;

    private static final String ALIVE = """
            MERGE (i:VbtraceInstance {name: $owner})
            SET i.session = $session, i.seenAt = timestamp()
            """;

    private static final String GONE = """
            MATCH (i:VbtraceInstance {name: $owner, session: $session})
            SET i.seenAt = 0
            """;

    /**
     * Batches of sessions no instance has said it holds within the lease: their process died. Claimed by this
     * session in the same transaction. Two instances claiming at once may both finish a batch: finishing writes
     * every document again by its id, so doing it twice leaves the same stores.
     */
    private static final String CLAIM = """
            MATCH (b:IngestBatch)
            WHERE b.session <> $session
              AND NOT EXISTS { MATCH (i:VbtraceInstance {session: b.session}) WHERE i.seenAt > timestamp() - $leaseMillis }
            SET b.session = $session, b.owner = $owner
            RETURN b.number AS number, b.ids AS ids, b.hashes AS hashes, b.storedNames AS storedNames,
                   b.sources AS sources, b.removals AS removals
            ORDER BY b.number
            """;

    private final Driver driver;

    IngestLedger(Driver driver) {
        this.driver = driver;
    }

    /** Records a batch (files, or ids to remove) under the next number, in a transaction of its own. */
    public long begin(String owner, String session, List<Entry> entries, Collection<String> removals) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("owner", owner);
        parameters.put("session", session);
        parameters.put("ids", entries.stream().map(Entry::id).toList());
        parameters.put("hashes", entries.stream().map(Entry::hash).toList());
        parameters.put("storedNames", entries.stream().map(Entry::storedName).toList());
        parameters.put("sources", entries.stream().map(e -> e.source() == null ? "" : e.source()).toList());
        parameters.put("removals", List.copyOf(removals));
        try (Session s = driver.session()) {
            return s.executeWrite(tx -> tx.run(BEGIN, parameters).single().get("number").asLong());
        }
    }

    /** The batch is in both stores: its files join the register and the batch is ended, in one transaction. */
    public void commit(long number, List<Entry> entries) {
        try (Session session = driver.session()) {
            session.executeWrite(tx -> {
                tx.run(COMMITTED, Map.of("number", number, "files", files(entries))).consume();
                tx.run(END, Map.of("number", number)).consume();
                return null;
            });
        }
    }

    /** The batch is in neither store, or was finished under a batch of its own. */
    public void abort(long number) {
        try (Session session = driver.session()) {
            session.executeWrite(tx -> tx.run(END, Map.of("number", number)).consume());
        }
    }

    public boolean isStored(String hash) {
        return GraphReads.records(driver, IS_STORED, Map.of("hash", hash)).getFirst().get("stored").asBoolean();
    }

    public List<Entry> stored() {
        return entries(GraphReads.records(driver, STORED, Map.of()));
    }

    public List<Entry> storedOf(String id) {
        return entries(GraphReads.records(driver, STORED_OF, Map.of("id", id)));
    }

    /** Brings a data folder's register into the server's (a repository moving from an embedded graph to a server). */
    public void importStored(List<Entry> entries) {
        try (Session session = driver.session()) {
            session.executeWrite(tx -> tx.run(IMPORTED, Map.of("files", files(entries))).consume());
        }
    }

    /** This instance is alive, under its name, as this session (a restarted instance has a new session). */
    public void alive(String owner, String session) {
        try (Session s = driver.session()) {
            s.executeWrite(tx -> tx.run(ALIVE, Map.of("owner", owner, "session", session)).consume());
        }
    }

    /** This instance stops cleanly: its batches are all ended, and nobody need wait out its lease. */
    public void gone(String owner, String session) {
        try (Session s = driver.session()) {
            s.executeWrite(tx -> tx.run(GONE, Map.of("owner", owner, "session", session)).consume());
        }
    }

    /** Claims, for this session, every batch whose instance died; in the order they were begun. */
    public List<Pending> claimOrphans(String owner, String session, long leaseMillis) {
        try (Session s = driver.session()) {
            return s.executeWrite(tx -> {
                List<Pending> claimed = new ArrayList<>();
                for (Record r : tx.run(CLAIM, Map.of("owner", owner, "session", session, "leaseMillis", leaseMillis)).list()) {
                    List<String> ids = strings(r.get("ids"));
                    List<String> hashes = strings(r.get("hashes"));
                    List<String> storedNames = strings(r.get("storedNames"));
                    List<String> sources = strings(r.get("sources"));
                    List<Entry> entries = new ArrayList<>(ids.size());
                    for (int i = 0; i < ids.size(); i++) {
                        entries.add(new Entry(ids.get(i), hashes.get(i), storedNames.get(i), sources.get(i)));
                    }
                    claimed.add(new Pending(r.get("number").asLong(), entries, strings(r.get("removals"))));
                }
                return claimed;
            });
        }
    }

    private static List<Map<String, Object>> files(List<Entry> entries) {
        List<Map<String, Object>> files = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            files.add(Map.of("id", e.id(), "hash", e.hash(), "storedName", e.storedName(),
                    "source", e.source() == null ? "" : e.source(), "position", i));
        }
        return files;
    }

    private static List<Entry> entries(List<Record> records) {
        return records.stream().map(r -> new Entry(r.get("id").asString(), r.get("hash").asString(),
                r.get("storedName").asString(), r.get("source").asString(""))).toList();
    }

    private static List<String> strings(Value value) {
        return value.isNull() ? List.of() : value.asList(Value::asString);
    }
}
