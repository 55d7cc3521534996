package vn.vbtrace.ingest;

import vn.vbtrace.ingest.JournalLines.Fields;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The journal in the data folder: an append-only record of every ingest. A batch of files is one line, forced to disk before either store
 * is written ({@code BATCH ... END}); one more line once every store committed it ({@code BATCH-COMMIT}), or
 * gave it up ({@code BATCH-ABORT}). A batch without its end is work a crash interrupted: start-up finishes it.
 * A line torn by a crash (no END) was never acted on, as no store is written before the line is on disk.
 * Documents taken out of every store together are journalled the same way ({@code REMOVE}). The committed
 * entries double as the register of files already ingested.
 * <p>
 * Folders written before batches hold one-file lines (BEGIN, COMMIT, ABORT); they are read the same way.
 */
public final class FileJournal implements Journal {

    /** The last field of a whole batch line: a line cut short by a crash lacks it. */
    private static final String END = "END";

    private final Path file;
    /** Each stored file's last committed entry, found by hash and by document, read back from the file ({@link CommittedFiles}). */
    private final CommittedFiles committed = new CommittedFiles();
    /** Hashes of the older format committed with no BEGIN line left to read their entry from. */
    private final Set<String> bareCommittedHashes = new HashSet<>();
    /** One-file ingests begun and not ended (the format before batches), by "id\thash". */
    private final Map<String, Placed> pendingSingles = new LinkedHashMap<>();
    private final Map<Long, PlacedBatch> pendingBatches = new LinkedHashMap<>();
    private long lastBatch;

    /** An entry and the byte offset in the file where its fields start. */
    private record Placed(Entry entry, long offset) {
    }

    /** A batch begun and not ended, with the offset of each of its entries. */
    private record PlacedBatch(Batch batch, long[] offsets) {
    }

    public FileJournal(Path file) {
        this.file = file;
        load();
    }

    /** Reads the file a line at a time ({@link JournalLines#read}): no copy of the whole file is ever held. */
    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            if (JournalLines.read(file, this::read)) {
                // A line torn by a crash: never acted on. End it, so the next append starts a line of its own.
                append("");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file + ": " + e.getMessage(), e);
        }
    }

    private void read(Fields fields) {
        String[] f = fields.values();
        switch (f[0]) {
            case "BATCH" -> readBatch(fields);
            case "REMOVE" -> readRemoval(f);
            case "BATCH-COMMIT" -> {
                if (f.length >= 2) {
                    PlacedBatch placed = pendingBatches.remove(parseNumber(f[1]));
                    if (placed != null) {
                        committed(placed);
                    }
                }
            }
            case "BATCH-ABORT" -> {
                if (f.length >= 2) {
                    pendingBatches.remove(parseNumber(f[1]));
                }
            }
            case "BEGIN" -> {
                if (f.length >= 5) {
                    pendingSingles.put(f[1] + "\t" + f[2], new Placed(new Entry(f[1], f[2], f[3], f[4]), fields.offsets()[1]));
                }
            }
            case "COMMIT" -> {
                if (f.length >= 3) {
                    committedSingle(pendingSingles.remove(f[1] + "\t" + f[2]), f[2]);
                }
            }
            case "ABORT" -> {
                if (f.length >= 3) {
                    pendingSingles.remove(f[1] + "\t" + f[2]);
                }
            }
            default -> { } // an empty line, or a line torn by a crash mid-write
        }
    }

    /** BATCH, number, count, then id, hash, stored name and source of each entry. */
    private void readBatch(Fields fields) {
        String[] f = fields.values();
        if (f.length < 3) {
            return;
        }
        long number = parseNumber(f[1]);
        int count = (int) parseNumber(f[2]);
        if (number < 0 || count < 0 || f.length != 4 + JournalLines.ENTRY_FIELDS * count || !END.equals(f[f.length - 1])) {
            return; // torn: never acted on
        }
        List<Entry> entries = new ArrayList<>(count);
        long[] offsets = new long[count];
        for (int i = 0; i < count; i++) {
            int at = 3 + JournalLines.ENTRY_FIELDS * i;
            entries.add(new Entry(f[at], f[at + 1], f[at + 2], f[at + 3]));
            offsets[i] = fields.offsets()[at];
        }
        pendingBatches.put(number, new PlacedBatch(new Batch(number, entries), offsets));
        lastBatch = Math.max(lastBatch, number);
    }

    /** REMOVE, number, count, then the ids; END. */
    private void readRemoval(String[] f) {
        if (f.length < 3) {
            return;
        }
        long number = parseNumber(f[1]);
        int count = (int) parseNumber(f[2]);
        if (number < 0 || count < 0 || f.length != 4 + count || !END.equals(f[f.length - 1])) {
            return;
        }
        pendingBatches.put(number, new PlacedBatch(new Batch(number, List.of(), List.of(f).subList(3, 3 + count)), new long[0]));
        lastBatch = Math.max(lastBatch, number);
    }

    private static long parseNumber(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A one-file ingest's COMMIT: registered from where its BEGIN line was read, else (no BEGIN left) by hash alone. */
    private void committedSingle(Placed begun, String hash) {
        if (begun != null) {
            committed.commit(hash, begun.entry().id(), begun.offset());
        } else {
            bareCommittedHashes.add(hash);
        }
    }

    private void committed(PlacedBatch placed) {
        List<Entry> entries = placed.batch().entries();
        for (int i = 0; i < entries.size(); i++) {
            committed.commit(entries.get(i).hash(), entries.get(i).id(), placed.offsets()[i]);
        }
    }

    @Override
    public synchronized boolean isCommitted(String hash) {
        return committed.contains(hash) || bareCommittedHashes.contains(hash);
    }

    /** Every entry begun and not ended, in the order begun. */
    public synchronized List<Entry> pending() {
        List<Entry> all = new ArrayList<>(pendingSingles.values().stream().map(Placed::entry).toList());
        pendingBatches.values().forEach(placed -> all.addAll(placed.batch().entries()));
        return all;
    }

    /** The interrupted work as batches: a one-file ingest of the older format is a batch of its own (number 0). */
    @Override
    public synchronized List<Batch> pendingBatches() {
        List<Batch> all = new ArrayList<>();
        pendingSingles.values().forEach(placed -> all.add(new Batch(0, List.of(placed.entry()))));
        pendingBatches.values().forEach(placed -> all.add(placed.batch()));
        return all;
    }

    /** Records the batch, on disk before either store is written; returns its number. */
    @Override
    public synchronized Batch beginBatch(List<Entry> entries) {
        long number = ++lastBatch;
        JournalLines.Builder line = new JournalLines.Builder().add("BATCH\t" + number + "\t" + entries.size());
        int[] starts = new int[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            line.add("\t");
            starts[i] = line.length();
            line.add(clean(entry.id()) + "\t" + clean(entry.hash()) + "\t" + clean(entry.storedName()) + "\t" + clean(entry.source()));
        }
        long at = append(line.add("\t" + END));
        long[] offsets = new long[starts.length];
        for (int i = 0; i < starts.length; i++) {
            offsets[i] = at + starts[i];
        }
        Batch batch = new Batch(number, entries);
        pendingBatches.put(number, new PlacedBatch(batch, offsets));
        return batch;
    }

    /** Records that these documents are about to be taken out of every store; ended like a batch. */
    @Override
    public synchronized Batch beginRemoval(Collection<String> ids) {
        long number = ++lastBatch;
        StringBuilder line = new StringBuilder("REMOVE\t").append(number).append('\t').append(ids.size());
        ids.forEach(id -> line.append('\t').append(clean(id)));
        append(line.append('\t').append(END).toString());
        Batch batch = new Batch(number, List.of(), List.copyOf(ids));
        pendingBatches.put(number, new PlacedBatch(batch, new long[0]));
        return batch;
    }

    /** Both stores hold the batch. */
    @Override
    public synchronized void commitBatch(Batch batch) {
        if (batch.number() == 0) {
            Entry entry = batch.entries().getFirst();
            Placed begun = pendingSingles.get(entry.id() + "\t" + entry.hash());
            end(batch, "BATCH-COMMIT");
            if (begun != null) {
                committed.commit(entry.hash(), entry.id(), begun.offset());
            }
            return;
        }
        PlacedBatch placed = pendingBatches.get(batch.number());
        end(batch, "BATCH-COMMIT");
        if (placed != null) {
            committed(placed);
        }
    }

    /** Neither store holds the batch (rolled back, or taken out of both). */
    @Override
    public synchronized void abortBatch(Batch batch) {
        end(batch, "BATCH-ABORT");
    }

    private void end(Batch batch, String what) {
        if (batch.number() == 0) {
            // An interrupted one-file ingest of the older format ends in its own format.
            Entry entry = batch.entries().getFirst();
            append((what.equals("BATCH-COMMIT") ? "COMMIT\t" : "ABORT\t") + entry.id() + "\t" + entry.hash());
            pendingSingles.remove(entry.id() + "\t" + entry.hash());
            return;
        }
        append(what + "\t" + batch.number());
        pendingBatches.remove(batch.number());
    }

    /** A one-file ingest in the older format (BEGIN); kept so tests can write what older versions left. */
    public synchronized void begin(Entry entry) {
        String prefix = "BEGIN\t";
        long at = append(new JournalLines.Builder().add(prefix + entry.id() + "\t" + entry.hash() + "\t" + entry.storedName() + "\t"
                + clean(entry.source())));
        pendingSingles.put(entry.id() + "\t" + entry.hash(), new Placed(entry, at + prefix.length()));
    }

    public synchronized void commit(Entry entry) {
        append("COMMIT\t" + entry.id() + "\t" + entry.hash());
        committedSingle(pendingSingles.remove(entry.id() + "\t" + entry.hash()), entry.hash());
    }

    public synchronized void abort(Entry entry) {
        append("ABORT\t" + entry.id() + "\t" + entry.hash());
        pendingSingles.remove(entry.id() + "\t" + entry.hash());
    }

    /** How many stored files the journal registers, without reading their entries. */
    public synchronized int committedCount() {
        return committed.size();
    }

    /** Every stored file's last committed ingest, in the order they were committed: read back from the file. */
    @Override
    public synchronized List<Entry> committed() {
        long[] offsets = committed.offsetsInOrder();
        if (offsets.length == 0) {
            // Nothing committed, perhaps no file yet.
            return new ArrayList<>();
        }
        List<Entry> entries = new ArrayList<>(offsets.length);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (long offset : offsets) {
                entries.add(JournalLines.entryAt(channel, offset));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file + ": " + e.getMessage(), e);
        }
        return entries;
    }

    /** The stored files whose last committed ingest made this document, in the order they were committed. */
    @Override
    public synchronized List<Entry> committedOf(String id) {
        long[] offsets = committed.offsetsOf(id);
        if (offsets.length == 0) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>(offsets.length);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            for (long offset : offsets) {
                Entry entry = JournalLines.entryAt(channel, offset);
                if (entry.id().equals(id)) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file + ": " + e.getMessage(), e);
        }
        return entries;
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    private long append(String line) {
        return append(new JournalLines.Builder().add(line));
    }

    /**
     * Appends one line and forces it to disk before either store is touched; returns the offset where the line
     * starts (one process writes the file: the data folder's lock).
     */
    private long append(JournalLines.Builder line) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                long start = channel.size();
                ByteBuffer buffer = ByteBuffer.wrap(line.add("\n").toBytes());
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
                return start;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
        }
    }
}
