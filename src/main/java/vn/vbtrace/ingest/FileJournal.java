package vn.vbtrace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
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

    private static final int ENTRY_FIELDS = 4;
    /** The last field of a whole batch line: a line cut short by a crash lacks it. */
    private static final String END = "END";

    private final Path file;
    private final Set<String> committedHashes = new HashSet<>();
    /** One-file ingests begun and not ended (the format before batches), by "id\thash". */
    private final Map<String, Entry> pendingSingles = new LinkedHashMap<>();
    private final Map<Long, Batch> pendingBatches = new LinkedHashMap<>();
    /** The last committed ingest of each stored file, oldest first: what a re-extraction replays, in the same order. */
    private final Map<String, Entry> committedByHash = new LinkedHashMap<>();
    /** The same entries by document id (a document page lists its originals without a pass over every file). */
    private final Map<String, Map<String, Entry>> committedById = new java.util.HashMap<>();
    private long lastBatch;

    public FileJournal(Path file) {
        this.file = file;
        load();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = new String(bytes, StandardCharsets.UTF_8);
            boolean tornTail = bytes.length > 0 && bytes[bytes.length - 1] != '\n';
            String[] lines = text.split("\n", -1);
            int complete = tornTail ? lines.length - 1 : lines.length;
            for (int i = 0; i < complete; i++) {
                read(lines[i]);
            }
            if (tornTail) {
                // End the torn line, so the next append starts a line of its own.
                append("");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file + ": " + e.getMessage(), e);
        }
    }

    private void read(String line) {
        String[] f = line.split("\t", -1);
        switch (f[0]) {
            case "BATCH" -> readBatch(f);
            case "REMOVE" -> readRemoval(f);
            case "BATCH-COMMIT" -> {
                if (f.length >= 2) {
                    Batch batch = pendingBatches.remove(parseNumber(f[1]));
                    if (batch != null) {
                        batch.entries().forEach(this::committed);
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
                    pendingSingles.put(f[1] + "\t" + f[2], new Entry(f[1], f[2], f[3], f[4]));
                }
            }
            case "COMMIT" -> {
                if (f.length >= 3) {
                    Entry begun = pendingSingles.remove(f[1] + "\t" + f[2]);
                    committedHashes.add(f[2]);
                    if (begun != null) {
                        committed(begun);
                    }
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
    private void readBatch(String[] f) {
        if (f.length < 3) {
            return;
        }
        long number = parseNumber(f[1]);
        int count = (int) parseNumber(f[2]);
        if (number < 0 || count < 0 || f.length != 4 + ENTRY_FIELDS * count || !END.equals(f[f.length - 1])) {
            return; // torn: never acted on
        }
        List<Entry> entries = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int at = 3 + ENTRY_FIELDS * i;
            entries.add(new Entry(f[at], f[at + 1], f[at + 2], f[at + 3]));
        }
        pendingBatches.put(number, new Batch(number, entries));
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
        pendingBatches.put(number, new Batch(number, List.of(), List.of(f).subList(3, 3 + count)));
        lastBatch = Math.max(lastBatch, number);
    }

    private static long parseNumber(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void committed(Entry entry) {
        committedHashes.add(entry.hash());
        Entry before = committedByHash.remove(entry.hash());
        if (before != null) {
            Map<String, Entry> ofBefore = committedById.get(before.id());
            ofBefore.remove(before.hash());
            if (ofBefore.isEmpty()) {
                committedById.remove(before.id());
            }
        }
        committedByHash.put(entry.hash(), entry);
        committedById.computeIfAbsent(entry.id(), id -> new LinkedHashMap<>()).put(entry.hash(), entry);
    }

    @Override
    public synchronized boolean isCommitted(String hash) {
        return committedHashes.contains(hash);
    }

    /** Every entry begun and not ended, in the order begun. */
    public synchronized List<Entry> pending() {
        List<Entry> all = new ArrayList<>(pendingSingles.values());
        pendingBatches.values().forEach(batch -> all.addAll(batch.entries()));
        return all;
    }

    /** The interrupted work as batches: a one-file ingest of the older format is a batch of its own (number 0). */
    @Override
    public synchronized List<Batch> pendingBatches() {
        List<Batch> all = new ArrayList<>();
        pendingSingles.values().forEach(entry -> all.add(new Batch(0, List.of(entry))));
        all.addAll(pendingBatches.values());
        return all;
    }

    /** Records the batch, on disk before either store is written; returns its number. */
    @Override
    public synchronized Batch beginBatch(List<Entry> entries) {
        long number = ++lastBatch;
        StringBuilder line = new StringBuilder("BATCH\t").append(number).append('\t').append(entries.size());
        for (Entry entry : entries) {
            line.append('\t').append(clean(entry.id())).append('\t').append(clean(entry.hash()))
                    .append('\t').append(clean(entry.storedName())).append('\t').append(clean(entry.source()));
        }
        append(line.append('\t').append(END).toString());
        Batch batch = new Batch(number, entries);
        pendingBatches.put(number, batch);
        return batch;
    }

    /** Records that these documents are about to be taken out of every store; ended like a batch. */
    @Override
    public synchronized Batch beginRemoval(java.util.Collection<String> ids) {
        long number = ++lastBatch;
        StringBuilder line = new StringBuilder("REMOVE\t").append(number).append('\t').append(ids.size());
        ids.forEach(id -> line.append('\t').append(clean(id)));
        append(line.append('\t').append(END).toString());
        Batch batch = new Batch(number, List.of(), List.copyOf(ids));
        pendingBatches.put(number, batch);
        return batch;
    }

    /** Both stores hold the batch. */
    @Override
    public synchronized void commitBatch(Batch batch) {
        end(batch, "BATCH-COMMIT");
        batch.entries().forEach(this::committed);
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
        append("BEGIN\t" + entry.id() + "\t" + entry.hash() + "\t" + entry.storedName() + "\t" + clean(entry.source()));
        pendingSingles.put(entry.id() + "\t" + entry.hash(), entry);
    }

    public synchronized void commit(Entry entry) {
        append("COMMIT\t" + entry.id() + "\t" + entry.hash());
        pendingSingles.remove(entry.id() + "\t" + entry.hash());
        committed(entry);
    }

    public synchronized void abort(Entry entry) {
        append("ABORT\t" + entry.id() + "\t" + entry.hash());
        pendingSingles.remove(entry.id() + "\t" + entry.hash());
    }

    /** Every stored file's last committed ingest, in the order they were committed. */
    @Override
    public synchronized List<Entry> committed() {
        return new ArrayList<>(committedByHash.values());
    }

    /** The stored files whose last committed ingest made this document, in the order they were committed. */
    @Override
    public synchronized List<Entry> committedOf(String id) {
        Map<String, Entry> of = committedById.get(id);
        return of == null ? List.of() : new ArrayList<>(of.values());
    }

    private static String clean(String value) {
        return value == null ? "" : value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }

    /** Appends one line and forces it to disk before either store is touched. */
    private void append(String line) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                ByteBuffer buffer = ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
        }
    }
}
