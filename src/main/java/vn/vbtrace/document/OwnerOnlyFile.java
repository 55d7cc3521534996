package vn.vbtrace.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * A small secret kept in the data folder (a password, the users' hashes, a token): written whole or not
 * at all, and readable by the owner only (POSIX 600) from the moment it exists, never widened afterwards.
 */
public final class OwnerOnlyFile {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path path;

    public OwnerOnlyFile(Path path) {
        this.path = path.toAbsolutePath().normalize();
    }

    public Path path() {
        return path;
    }

    /** The file's text, or empty when it does not exist yet. */
    public Optional<String> read() {
        try {
            return Files.exists(path) ? Optional.of(Files.readString(path, StandardCharsets.UTF_8)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the file's text atomically: a temporary file created owner-only in the same folder, then
     * renamed over the old one, so no reader ever sees half a file nor a moment of wider permissions.
     */
    public void write(String text) {
        try {
            Files.createDirectories(path.getParent());
            Path temporary = path.resolveSibling("." + path.getFileName() + ".tmp");
            Files.deleteIfExists(temporary);
            Files.createFile(temporary, ownerOnlyOnCreation());
            Files.writeString(temporary, text, StandardCharsets.UTF_8);
            try {
                Files.move(temporary, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + path + ": " + e.getMessage(), e);
        }
    }

    /** Narrows a file made by an older version (or by hand) to owner-only; nothing to do where POSIX is absent. */
    public void restrict() {
        try {
            if (posix() && Files.exists(path) && !Files.getPosixFilePermissions(path).equals(OWNER_ONLY)) {
                Files.setPosixFilePermissions(path, OWNER_ONLY);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot restrict " + path + " to its owner: " + e.getMessage(), e);
        }
    }

    /** A random secret of {@code bytes} bytes, URL-safe Base64 without padding (no quoting needed anywhere). */
    public static String randomSecret(int bytes) {
        byte[] raw = new byte[bytes];
        RANDOM.nextBytes(raw);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }

    /** The attributes that create a file readable by its owner only (none where POSIX is absent). */
    public static FileAttribute<?>[] ownerOnlyOnCreation() {
        return posix() ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)} : new FileAttribute<?>[0];
    }

    /** Whether files here have POSIX permissions (and folders can be opened to be forced to disk). */
    public static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }
}
