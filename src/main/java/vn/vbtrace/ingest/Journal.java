package vn.vbtrace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * An append-only record of every ingest: BEGIN before either store is written, COMMIT once
 * both are. A BEGIN without its COMMIT is work a crash interrupted; start-up finishes it.
 * The committed entries double as the register of files already ingested.
 */
public final class Journal {

    /** One ingest of one file. */
    public record Entry(String id, String hash, String storedName, String source) {
    }

    private final Path file;
    private final Set<String> committedHashes = new HashSet<>();
    private final Map<String, Entry> pending = new LinkedHashMap<>();
    /** The last committed ingest of each stored file, oldest first: what a re-extraction replays, in the same order. */
    private final Map<String, Entry> committedByHash = new LinkedHashMap<>();

    public Journal(Path file) {
        this.file = file;
        load();
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String[] f = line.split("\t", -1);
                if (f.length < 3) {
                    continue; // a line torn by a crash mid-write
                }
                String key = f[1] + "\t" + f[2];
                switch (f[0]) {
                    case "BEGIN" -> {
                        if (f.length >= 5) {
                            pending.put(key, new Entry(f[1], f[2], f[3], f[4]));
                        }
                    }
                    case "COMMIT" -> {
                        Entry begun = pending.remove(key);
                        committedHashes.add(f[2]);
                        if (begun != null) {
                            committedByHash.remove(f[2]);
                            committedByHash.put(f[2], begun);
                        }
                    }
                    case "ABORT" -> pending.remove(key);
                    default -> { }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journal " + file + ": " + e.getMessage(), e);
        }
    }

    public synchronized boolean isCommitted(String hash) {
        return committedHashes.contains(hash);
    }

    public synchronized List<Entry> pending() {
        return new ArrayList<>(pending.values());
    }

    public synchronized void begin(Entry entry) {
        append("BEGIN\t" + entry.id() + "\t" + entry.hash() + "\t" + entry.storedName() + "\t" + clean(entry.source()));
        pending.put(entry.id() + "\t" + entry.hash(), entry);
    }

    public synchronized void commit(Entry entry) {
        append("COMMIT\t" + entry.id() + "\t" + entry.hash());
        pending.remove(entry.id() + "\t" + entry.hash());
        committedHashes.add(entry.hash());
        committedByHash.remove(entry.hash());
        committedByHash.put(entry.hash(), entry);
    }

    /** Every stored file's last committed ingest, in the order they were committed. */
    public synchronized List<Entry> committed() {
        return new ArrayList<>(committedByHash.values());
    }

    public synchronized void abort(Entry entry) {
        append("ABORT\t" + entry.id() + "\t" + entry.hash());
        pending.remove(entry.id() + "\t" + entry.hash());
    }

    private static String clean(String source) {
        return source.replace('\t', ' ').replace('\n', ' ');
    }

    /** Appends one line and forces it to disk before either store is touched. */
    private void append(String line) {
        try {
            Files.createDirectories(file.getParent());
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                channel.write(java.nio.ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the journal " + file + ": " + e.getMessage(), e);
        }
    }
}
