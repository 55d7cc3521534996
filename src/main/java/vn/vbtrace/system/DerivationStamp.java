package vn.vbtrace.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one-line file that says which derivation version wrote a data folder's stores.
 * A folder from before the stamp existed reads as version 1.
 */
final class DerivationStamp {

    private final Path file;

    DerivationStamp(Path file) {
        this.file = file;
    }

    int read() {
        if (!Files.exists(file)) {
            return 1;
        }
        try {
            return Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip());
        } catch (IOException | NumberFormatException e) {
            return 1; // unreadable: derive again rather than trust it
        }
    }

    void write(int version) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, version + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
