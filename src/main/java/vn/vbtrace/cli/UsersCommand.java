package vn.vbtrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vbtrace.security.Role;
import vn.vbtrace.security.UserAccount;
import vn.vbtrace.security.UserException;
import vn.vbtrace.security.UserStore;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * The users of a data folder (no database is started): add one, list them, change a password, remove one.
 * A running server sees the change at its next request.
 */
@Command(name = "users", description = "Users and their roles (viewer, editor, admin).",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListUsers.class, UsersCommand.Password.class, UsersCommand.Remove.class})
final class UsersCommand implements Runnable {

    /** Where passwords are read from when there is no terminal; tests replace it. */
    static InputStream stdin = System.in;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a users command: add, list, password or remove");
    }

    /** What the user commands share: the store of --data, the password prompt and the failures as exit codes. */
    abstract static class UserCommand extends BaseCommand {

        UserStore store() {
            return new UserStore(dataFolder().users());
        }

        /** One line on standard input, or typed twice at the terminal without echo. */
        String readPassword(boolean fromStdin) throws IOException {
            if (fromStdin) {
                String line = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8)).readLine();
                if (line == null) {
                    throw new UserInputException("không có mật khẩu trên đầu vào chuẩn (cần một dòng)");
                }
                return line;
            }
            Console console = System.console();
            if (console == null) {
                throw usage("không có cửa sổ lệnh để gõ mật khẩu: đưa mật khẩu thành một dòng trên đầu vào chuẩn với --password-stdin");
            }
            char[] first = console.readPassword("Mật khẩu: ");
            char[] again = console.readPassword("Nhập lại mật khẩu: ");
            try {
                if (first == null || again == null || !Arrays.equals(first, again)) {
                    throw new UserInputException("hai lần nhập mật khẩu không giống nhau");
                }
                return new String(first);
            } finally {
                if (first != null) {
                    Arrays.fill(first, '\0');
                }
                if (again != null) {
                    Arrays.fill(again, '\0');
                }
            }
        }

        /** A malformed name is a usage error (2); a taken name, a short password, an unknown user fail the input (1). */
        int userFailure(UserException e) {
            if (e.reason() == UserException.Reason.NAME_INVALID) {
                throw usage(e.getMessage());
            }
            return fail(e.getMessage());
        }
    }

    /** A command about one user, named first. */
    abstract static class NamedUserCommand extends UserCommand {
        @Parameters(paramLabel = "NAME", description = "letters without diacritics, digits and . _ @ - (e.g. nguyenvana)")
        String name;
    }

    /** A command that sets a password: typed at the terminal, or one line on standard input. */
    abstract static class PasswordCommand extends NamedUserCommand {
        @Option(names = "--password-stdin", description = "read the password as one line from standard input")
        boolean passwordStdin;
    }

    @Command(name = "add", description = "Add a user; the password is read from the terminal, or from standard input.")
    static final class Add extends PasswordCommand {

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "viewer, editor or admin")
        Role role;

        @Override
        protected void validate() {
            try {
                UserStore.checkName(name);
            } catch (UserException e) {
                throw usage(e.getMessage());
            }
        }

        @Override
        protected int run() throws IOException {
            UserStore users = store();
            if (users.find(name).isPresent()) {
                return fail("người dùng " + name.strip() + " đã có");
            }
            try {
                UserAccount added = users.add(name, role, readPassword(passwordStdin));
                if (json) {
                    printJson(Map.of("name", added.name(), "role", added.role().label()));
                } else {
                    out().printf("đã thêm người dùng %s (%s) vào %s%n", added.name(), added.role().label(), users.file());
                }
                return OK;
            } catch (UserException e) {
                return userFailure(e);
            }
        }
    }

    @Command(name = "list", description = "List the users and their roles.")
    static final class ListUsers extends UserCommand {

        @Override
        protected int run() {
            var all = store().all();
            if (json) {
                printJson(Map.of("users", all.stream().map(u -> Map.of("name", u.name(), "role", u.role().label())).toList()));
            } else {
                all.forEach(u -> out().printf("%-24s %s%n", u.name(), u.role().label()));
            }
            return OK;
        }
    }

    @Command(name = "password", description = "Give a user a new password (read from the terminal, or standard input).")
    static final class Password extends PasswordCommand {

        @Override
        protected int run() throws IOException {
            UserStore users = store();
            if (users.find(name).isEmpty()) {
                return fail("không có người dùng " + name);
            }
            try {
                users.setPassword(name, readPassword(passwordStdin));
                out().printf("đã đổi mật khẩu của %s%n", name);
                return OK;
            } catch (UserException e) {
                return userFailure(e);
            }
        }
    }

    @Command(name = "remove", description = "Remove a user (not the last admin).")
    static final class Remove extends NamedUserCommand {

        @Override
        protected int run() {
            try {
                store().remove(name);
                out().printf("đã xoá người dùng %s%n", name);
                return OK;
            } catch (UserException e) {
                return userFailure(e);
            }
        }
    }
}
