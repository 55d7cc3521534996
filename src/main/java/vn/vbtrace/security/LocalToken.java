package vn.vbtrace.security;

import vn.vbtrace.document.OwnerOnlyFile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;

/**
 * The credential of the data folder's owner towards a server running on the same machine: a random token
 * in an owner-only file of the folder. Whoever can read it can read the whole folder anyway, so it grants
 * what the owner has; the server accepts it only from a client on this machine (as a bearer token), which
 * lets the command line write through a running server without asking for a password.
 */
public final class LocalToken {

    private final OwnerOnlyFile file;
    private final String token;

    private LocalToken(OwnerOnlyFile file, String token) {
        this.file = file;
        this.token = token;
    }

    /** The folder's token, made now when it has none. */
    public static LocalToken readOrCreate(Path path) {
        OwnerOnlyFile file = new OwnerOnlyFile(path);
        file.restrict();
        String kept = file.read().map(String::strip).filter(t -> !t.isEmpty()).orElse(null);
        if (kept == null) {
            kept = OwnerOnlyFile.randomSecret(32);
            file.write(kept + "\n");
        }
        return new LocalToken(file, kept);
    }

    /** The token of an existing file, for a client; empty when no server has made one yet. */
    public static java.util.Optional<String> read(Path path) {
        return new OwnerOnlyFile(path).read().map(String::strip).filter(t -> !t.isEmpty());
    }

    public Path file() {
        return file.path();
    }

    /** Compared in constant time: the answer's timing tells nothing about how much of a guess was right. */
    public boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8),
                candidate.strip().getBytes(StandardCharsets.UTF_8));
    }
}
