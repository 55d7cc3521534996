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
import java.util.Map;
import java.util.Optional;

/**
 * The note a running {@code serve} leaves in its data folder ({@code server.json}): its port and its process.
 * The command line reads it to go through the server's API instead of opening the stores the server holds.
 * The note carries no credential: the command proves it acts for the folder's owner with the folder's local
 * token ({@code DataFolder.localToken()}, owner-only, the same one the server's security accepts as a bearer
 * token from this machine), so there is one local credential, not two. Removed when the server stops; a note
 * left by a killed server names a process that is gone, and is ignored.
 */
public record LocalServer(int port, long pid) {

    public static final String FILE = vn.vbtrace.launch.Relaunch.SERVER_NOTE;

    /** Writes the note for a server of this process on {@code port}. */
    public static LocalServer announce(DataFolder data, int port) {
        LocalServer server = new LocalServer(port, ProcessHandle.current().pid());
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
            Files.writeString(temp, Json.write(Map.of("port", port, "pid", server.pid())),
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
}
