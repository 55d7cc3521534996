package vn.vbtrace.system;

import vn.vbtrace.document.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * The note a running {@code serve} leaves in its data folder ({@code server.json}): its port, its process and
 * a token made at start. The command line reads it to go through the server's API instead of opening the stores
 * the server holds. The file is readable by the folder's owner only, so the token proves to the server that a
 * request comes from someone who may read the folder: the server takes it as the owner's credential for writes
 * (header {@value #TOKEN_HEADER}). Removed when the server stops; a note left by a killed server names a
 * process that is gone, and is ignored.
 */
public record LocalServer(int port, long pid, String token) {

    public static final String FILE = "server.json";
    public static final String TOKEN_HEADER = "X-Vbtrace-Token";

    /** Writes the note for a server of this process on {@code port}, with a new random token. */
    public static LocalServer announce(DataFolder data, int port) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        LocalServer server = new LocalServer(port, ProcessHandle.current().pid(),
                Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        Path file = data.root().resolve(FILE);
        try {
            Files.createDirectories(data.root());
            Path temp = data.root().resolve(FILE + "." + server.pid() + ".part");
            Files.deleteIfExists(temp);
            try {
                Files.createFile(temp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException e) {
                Files.createFile(temp); // not a POSIX file system: the folder's own permissions protect it
            } catch (FileAlreadyExistsException e) {
                throw new IOException(e);
            }
            Files.writeString(temp, Json.write(Map.of("port", port, "pid", server.pid(), "token", server.token())),
                    StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
        return server;
    }

    /** Removes the note, if it is this process's. */
    public static void withdraw(DataFolder data) {
        find(data).filter(s -> s.pid() == ProcessHandle.current().pid()).ifPresent(s -> {
            try {
                Files.deleteIfExists(data.root().resolve(FILE));
            } catch (IOException e) {
                // the next reader sees a process that is gone
            }
        });
    }

    /** The server holding the folder, when its note names a live process. */
    public static Optional<LocalServer> find(DataFolder data) {
        Path file = data.root().resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            LocalServer server = Json.read(Files.readString(file, StandardCharsets.UTF_8), LocalServer.class);
            boolean alive = ProcessHandle.of(server.pid()).map(ProcessHandle::isAlive).orElse(false);
            return alive ? Optional.of(server) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // unreadable (another user's folder, or half written): open the stores as usual
        }
    }

    /** Whether a request's token is this server's. */
    public boolean accepts(String offered) {
        return offered != null && java.security.MessageDigest.isEqual(offered.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
    }
}
