package vn.vbtrace.ingest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How far a re-derivation of every stored document got, so that one cut short (a stop, a crash, a power cut) goes on
 * from there at the next start rather than from the first document: at 100,000 documents it is 12 to 14 minutes of
 * work on two cores, at a million a few hours.
 * <p>
 * It needs no mark on each document, only the journal's order: {@link Journal#committed()} lists each stored file's
 * last committed ingest oldest first, so a file derived again moves to the end of it, behind every file not yet
 * derived. The files still to derive are therefore the first {@code total - derived} of the list, whatever was
 * ingested meanwhile (that goes to the end too). A file whose derivation failed is not committed again and stays
 * among them, tried again. The count is saved after a batch is in every store, so at worst it is one batch short,
 * and a batch derived twice does no harm.
 * <p>
 * It also keeps the ids that documents derived again left behind (an extractor that now reads a number gives the
 * document another id than its hash), saved before their batch is written, so the end of the re-derivation retires
 * them even when the derivation that found them was cut short.
 * <p>
 * The file, one fact a line: {@code version 13}, {@code total 100001}, {@code derived 51200}, {@code left ID}...
 */
public final class ReextractCheckpoint {

    private static final Logger log = LoggerFactory.getLogger(ReextractCheckpoint.class);

    /** Null: kept in memory only (a re-derivation asked for on demand starts over if it is cut short). */
    private final Path file;
    private final int version;
    /** The committed files when the re-derivation began; -1 before it began. */
    private int total = -1;
    private int derived;
    private final Set<String> leftIds = new LinkedHashSet<>();

    private ReextractCheckpoint(Path file, int version) {
        this.file = file;
        this.version = version;
    }

    /** A re-derivation that starts from the first document and keeps nothing. */
    public static ReextractCheckpoint notKept() {
        return new ReextractCheckpoint(null, 0);
    }

    /**
     * The checkpoint of a re-derivation to {@code version} kept in {@code file}: what an earlier run to the same
     * version saved, if any. An earlier run to another version is started over (its ids left behind are kept: they are
     * still to retire); an unreadable file too.
     */
    public static ReextractCheckpoint in(Path file, int version) {
        ReextractCheckpoint checkpoint = new ReextractCheckpoint(file, version);
        if (Files.exists(file)) {
            try {
                checkpoint.read(Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                log.warn("Cannot read the re-derivation's checkpoint {} ({}): deriving every document again", file,
                        e.getMessage());
                checkpoint.total = -1;
                checkpoint.derived = 0;
            }
        }
        return checkpoint;
    }

    private void read(List<String> lines) {
        int savedVersion = -1;
        int savedTotal = -1;
        int savedDerived = 0;
        for (String line : lines) {
            int space = line.indexOf(' ');
            if (space < 0) {
                continue;
            }
            String value = line.substring(space + 1);
            switch (line.substring(0, space)) {
                case "version" -> savedVersion = Integer.parseInt(value);
                case "total" -> savedTotal = Integer.parseInt(value);
                case "derived" -> savedDerived = Integer.parseInt(value);
                case "left" -> leftIds.add(value);
                default -> { } // a line of a later release: not ours to read
            }
        }
        if (savedVersion == version && savedTotal >= 0) {
            total = savedTotal;
            derived = Math.min(savedDerived, savedTotal);
        }
    }

    /** How many files are derived again: before a run, by the earlier runs it goes on from (0 when it starts from the first). */
    public int derivedSoFar() {
        return Math.max(0, derived);
    }

    /** Of the journal's committed files, oldest first, those still to derive; the first call of a new run saves the total. */
    List<Journal.Entry> stillToDerive(List<Journal.Entry> committed) {
        if (total < 0) {
            total = committed.size();
            derived = 0;
            save();
            return committed;
        }
        return committed.subList(0, Math.clamp((long) total - derived, 0, committed.size()));
    }

    /** These many more files are derived again and in every store. */
    void derived(int files) {
        if (files > 0) {
            derived += files;
            save();
        }
    }

    /** A document derived again under another id left this one: saved before the batch that moves it is written. */
    void left(String oldId) {
        if (leftIds.add(oldId)) {
            save();
        }
    }

    /** The ids documents left behind, this run's and those of earlier runs. */
    Set<String> leftIds() {
        return Collections.unmodifiableSet(leftIds);
    }

    /** The re-derivation ended: nothing to go on from. */
    void finished() {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + file + ": " + e.getMessage(), e);
            }
        }
    }

    /**
     * Written whole beside the file and moved over it, so a stop mid-write leaves the old one or the new one. A file
     * that cannot be written costs only the going on after a stop, so the derivation goes on without it.
     */
    private void save() {
        if (file == null) {
            return;
        }
        List<String> lines = new ArrayList<>(List.of("version " + version, "total " + total, "derived " + derived));
        leftIds.forEach(id -> lines.add("left " + id));
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try {
            Files.createDirectories(file.getParent());
            Files.write(next, lines, StandardCharsets.UTF_8);
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            log.warn("Cannot write the re-derivation's checkpoint {}: {}", file, e.getMessage());
        }
    }
}
