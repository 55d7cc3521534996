package vn.vbtrace;

import vn.vbtrace.security.Role;
import vn.vbtrace.security.UserStore;
import vn.vbtrace.system.DataFolder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

/** Users the HTTP tests sign in as, added to a data folder before its server starts (as `users add` would). */
public final class TestUsers {

    public record User(String name, Role role, String password) {
        /** The HTTP Basic header value. */
        public String basic() {
            return "Basic " + Base64.getEncoder().encodeToString((name + ":" + password).getBytes(StandardCharsets.UTF_8));
        }
    }

    public static final User VIEWER = new User("xem", Role.VIEWER, "mat-khau-xem-1");
    public static final User EDITOR = new User("bientap", Role.EDITOR, "mat-khau-bien-tap-1");
    public static final User ADMIN = new User("quantri", Role.ADMIN, "mat-khau-quan-tri-1");

    private TestUsers() {
    }

    public static void add(Path data, User... users) {
        UserStore store = new UserStore(new DataFolder(data).users());
        for (User user : users) {
            store.add(user.name(), user.role(), user.password());
        }
    }
}
