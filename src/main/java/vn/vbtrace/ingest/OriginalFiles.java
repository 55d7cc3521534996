package vn.vbtrace.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Every original file ever ingested, stored under its SHA-256, so nothing uploaded is lost
 * and everything can be re-extracted after the extractor improves.
 */
public final class OriginalFiles {

    private final Path root;

    public OriginalFiles(Path root) {
        this.root = root;
    }

    /** Stores the bytes (once) and returns the stored name relative to the root, e.g. "ab/ab12….pdf". */
    public String store(String hash, String extension, byte[] bytes) {
        String name = hash.substring(0, 2) + "/" + hash + (extension.isEmpty() ? "" : "." + extension);
        Path target = root.resolve(name);
        if (Files.exists(target)) {
            return name;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), hash, ".part");
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the original file: " + e.getMessage(), e);
        }
    }

    /** The stored file's size in bytes, or -1 when it is missing. */
    public long size(String storedName) {
        try {
            return Files.size(root.resolve(storedName));
        } catch (IOException e) {
            return -1;
        }
    }

    public byte[] read(String storedName) {
        try {
            return Files.readAllBytes(root.resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored original " + storedName + ": " + e.getMessage(), e);
        }
    }
}
