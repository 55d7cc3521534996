package vn.vbtrace.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.vbtrace.graph.IngestLedger;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The journal of vbtrace instances that share one Neo4j server and one search server: kept in the graph server.
 * An instance's disk cannot hold it: an instance killed during an ingest may never come back, and the batch it
 * left half written must be found and finished by an instance that is alive; and an upload to one instance must
 * find a file the other already stored. The graph server is the one store all instances share that commits
 * transactionally, so it holds the batches begun and the register of stored files (graph-schema V007).
 * <p>
 * Each process writes as a new session under the instance's name and says every third of the lease that it is
 * alive. A batch whose session no instance has confirmed within the lease is an orphan: {@link #pendingBatches()}
 * claims it for this process. A restarted instance takes a new session, so its own unfinished batches are orphans
 * at once; an instance that never comes back has its batches finished by another once the lease has passed.
 */
public final class GraphJournal implements Journal {

    private static final Logger log = LoggerFactory.getLogger(GraphJournal.class);

    private final IngestLedger ledger;
    private final String owner;
    private final String session = UUID.randomUUID().toString();
    private final Duration lease;
    private final ScheduledExecutorService heartbeat;

    /**
     * @param owner the instance's name: unique among the instances running at once (two processes under one name
     *              would each take the other's batches for orphans)
     * @param lease how long an instance that stopped confirming it is alive counts as still writing
     */
    public GraphJournal(IngestLedger ledger, String owner, Duration lease) {
        this.ledger = ledger;
        this.owner = owner;
        this.lease = lease;
        ledger.alive(owner, session);
        this.heartbeat = Executors.newSingleThreadScheduledExecutor(run -> {
            Thread thread = new Thread(run, "vbtrace-journal-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1, lease.toMillis() / 3);
        heartbeat.scheduleWithFixedDelay(this::sayAlive, every, every, TimeUnit.MILLISECONDS);
    }

    private void sayAlive() {
        try {
            ledger.alive(owner, session);
        } catch (RuntimeException e) {
            // The server is away: writes fail too, so nothing is half written on our account meanwhile.
            log.warn("Could not tell the graph server that instance {} is alive: {}", owner, e.getMessage());
        }
    }

    /** The instance's name, as the other instances see it. */
    public String owner() {
        return owner;
    }

    public Duration lease() {
        return lease;
    }

    @Override
    public boolean isCommitted(String hash) {
        return ledger.isStored(hash);
    }

    /** Claims the batches of dead processes (this instance's previous life among them) for this process. */
    @Override
    public List<Batch> pendingBatches() {
        return ledger.claimOrphans(owner, session, lease.toMillis()).stream()
                .map(p -> new Batch(p.number(), p.entries().stream().map(GraphJournal::entry).toList(), p.removals()))
                .toList();
    }

    @Override
    public Batch beginBatch(List<Entry> entries) {
        long number = ledger.begin(owner, session, entries.stream().map(GraphJournal::ledgerEntry).toList(), List.of());
        return new Batch(number, entries);
    }

    @Override
    public Batch beginRemoval(Collection<String> ids) {
        long number = ledger.begin(owner, session, List.of(), ids);
        return new Batch(number, List.of(), List.copyOf(ids));
    }

    @Override
    public void commitBatch(Batch batch) {
        ledger.commit(batch.number(), batch.entries().stream().map(GraphJournal::ledgerEntry).toList());
    }

    @Override
    public void abortBatch(Batch batch) {
        ledger.abort(batch.number());
    }

    @Override
    public List<Entry> committed() {
        return ledger.stored().stream().map(GraphJournal::entry).toList();
    }

    @Override
    public List<Entry> committedOf(String id) {
        return ledger.storedOf(id).stream().map(GraphJournal::entry).toList();
    }

    /**
     * Brings what a data folder's journal file recorded into the server's journal, once, when a repository moves
     * from an embedded graph to a server: its stored files stay "unchanged" and downloadable, and a batch it left
     * unfinished is recorded under a session no one holds, so {@link #pendingBatches()} finishes it.
     */
    public void adopt(FileJournal local) {
        ledger.importStored(local.committed().stream().map(GraphJournal::ledgerEntry).toList());
        String dead = "imported-" + UUID.randomUUID();
        for (Batch batch : local.pendingBatches()) {
            ledger.begin(owner, dead, batch.entries().stream().map(GraphJournal::ledgerEntry).toList(), batch.removals());
        }
    }

    /** Stops confirming that this instance is alive; a clean stop ended every batch, so none waits for the lease. */
    @Override
    public void close() {
        heartbeat.shutdownNow();
        try {
            ledger.gone(owner, session);
        } catch (RuntimeException e) {
            log.debug("Could not record that instance {} stopped: {}", owner, e.getMessage());
        }
    }

    private static IngestLedger.Entry ledgerEntry(Entry e) {
        return new IngestLedger.Entry(e.id(), e.hash(), e.storedName(), e.source());
    }

    private static Entry entry(IngestLedger.Entry e) {
        return new Entry(e.id(), e.hash(), e.storedName(), e.source());
    }
}
