package vn.vbtrace.security;

import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.vbtrace.document.OwnerOnlyFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * The users of one data folder, in a tab-separated file readable by its owner only: name, role and the
 * password's bcrypt hash, one user a line. The CLI and a running server share the file: every change is
 * a read-modify-write under a file lock, written atomically; the server reads it again when it changed,
 * so a user added with {@code vbtrace users add} can sign in at once.
 */
public final class UserStore {

    /** What a name may hold: it goes into logs, staff records and HTTP Basic headers unescaped. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final String FIRST_ADMIN = "admin";

    private static final String HEADER = """
            # vbtrace users: name<TAB>role<TAB>password hash. Readable by the owner only; do not edit by hand:
            # java -jar vbtrace.jar users add NAME --role viewer|editor|admin (see README, "Users and roles")
            """;

    private final OwnerOnlyFile file;
    private final Path lockFile;
    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
    private Map<String, UserAccount> cached = Map.of();
    private FileTime cachedStamp;
    private long cachedSize = -1;

    public UserStore(Path file) {
        this.file = new OwnerOnlyFile(file);
        this.lockFile = this.file.path().resolveSibling(this.file.path().getFileName() + ".lock");
    }

    public Path file() {
        return file.path();
    }

    /** The user with this name (case ignored), as the file has it now. */
    public synchronized Optional<UserAccount> find(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(current().get(key(name)));
    }

    public synchronized List<UserAccount> all() {
        return current().values().stream().sorted(Comparator.comparing(UserAccount::name, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    public synchronized boolean isEmpty() {
        return current().isEmpty();
    }

    /** Whether the password is this user's. */
    public boolean matches(UserAccount user, String password) {
        return password != null && encoder.matches(password, user.passwordHash());
    }

    /** The password encoder the stored hashes are read with ({bcrypt}, and any later scheme by its prefix). */
    public PasswordEncoder encoder() {
        return encoder;
    }

    /**
     * Adds a user.
     *
     * @throws UserException when the name is malformed or taken, or the password too short
     */
    public UserAccount add(String name, Role role, String password) {
        checkName(name);
        checkPassword(password);
        UserAccount user = new UserAccount(name.strip(), role, encoder.encode(password));
        change(users -> {
            if (users.containsKey(key(name))) {
                throw new UserException(UserException.Reason.NAME_TAKEN, "người dùng " + name.strip() + " đã có");
            }
            users.put(key(name), user);
            return users;
        });
        return user;
    }

    /** Gives a user a new password. */
    public void setPassword(String name, String password) {
        checkPassword(password);
        String hash = encoder.encode(password);
        change(users -> {
            UserAccount user = users.get(key(name));
            if (user == null) {
                throw unknown(name);
            }
            users.put(key(name), new UserAccount(user.name(), user.role(), hash));
            return users;
        });
    }

    /** Removes a user; the last admin stays, or nobody could manage the users any more. */
    public void remove(String name) {
        change(users -> {
            UserAccount user = users.get(key(name));
            if (user == null) {
                throw unknown(name);
            }
            if (user.role() == Role.ADMIN && users.values().stream().filter(u -> u.role() == Role.ADMIN).count() == 1) {
                throw new UserException(UserException.Reason.LAST_ADMIN,
                        "không xoá được " + user.name() + ": đây là quản trị viên cuối cùng");
            }
            users.remove(key(name));
            return users;
        });
    }

    /**
     * On a data folder without users: adds {@value #FIRST_ADMIN} with a random password and returns that
     * password (to be shown once). Empty when there are users already.
     */
    public Optional<String> addFirstAdminIfNone() {
        String password = OwnerOnlyFile.randomSecret(15);
        String hash = encoder.encode(password);
        boolean[] added = {false};
        change(users -> {
            if (users.isEmpty()) {
                users.put(key(FIRST_ADMIN), new UserAccount(FIRST_ADMIN, Role.ADMIN, hash));
                added[0] = true;
            }
            return users;
        });
        return added[0] ? Optional.of(password) : Optional.empty();
    }

    public static void checkName(String name) {
        if (name == null || !NAME.matcher(name.strip()).matches()) {
            throw new UserException(UserException.Reason.NAME_INVALID, "tên người dùng chỉ gồm chữ cái không dấu, chữ số và . _ @ -"
                    + " (bắt đầu bằng chữ cái hoặc chữ số, tối đa 64 ký tự)" + (name == null ? "" : ", không phải '" + name + "'"));
        }
    }

    public static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new UserException(UserException.Reason.PASSWORD_WEAK, "mật khẩu cần ít nhất " + MIN_PASSWORD_LENGTH + " ký tự");
        }
    }

    private static UserException unknown(String name) {
        return new UserException(UserException.Reason.UNKNOWN_USER, "không có người dùng " + name);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Read-modify-write under the file lock (other processes) and this object's monitor (other threads). */
    private synchronized void change(UnaryOperator<Map<String, UserAccount>> edit) {
        try {
            Files.createDirectories(lockFile.getParent());
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Map<String, UserAccount> users = edit.apply(new LinkedHashMap<>(load()));
                StringBuilder text = new StringBuilder(HEADER);
                for (UserAccount user : users.values()) {
                    text.append(user.name()).append('\t').append(user.role().label()).append('\t').append(user.passwordHash()).append('\n');
                }
                file.write(text.toString());
                cachedSize = -1; // read back on next use
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + file.path() + ": " + e.getMessage(), e);
        }
    }

    /** The users as the file has them; read again only when its time or size changed. */
    private Map<String, UserAccount> current() {
        try {
            if (!Files.exists(file.path())) {
                cached = Map.of();
                cachedSize = -1;
                return cached;
            }
            FileTime stamp = Files.getLastModifiedTime(file.path());
            long size = Files.size(file.path());
            if (size != cachedSize || !stamp.equals(cachedStamp)) {
                cached = load();
                cachedStamp = stamp;
                cachedSize = size;
            }
            return cached;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.path() + ": " + e.getMessage(), e);
        }
    }

    private Map<String, UserAccount> load() {
        file.restrict();
        Map<String, UserAccount> users = new LinkedHashMap<>();
        List<String> bad = new ArrayList<>();
        for (String line : file.read().orElse("").lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            Role role = fields.length == 3 ? Role.parseOrNull(fields[1]) : null;
            if (role == null) {
                bad.add(line.length() > 40 ? line.substring(0, 40) + "…" : line);
                continue;
            }
            users.put(key(fields[0]), new UserAccount(fields[0], role, fields[2]));
        }
        if (!bad.isEmpty()) {
            throw new IllegalStateException(file.path() + " has lines that are not name<TAB>role<TAB>hash: " + bad);
        }
        return users;
    }
}
