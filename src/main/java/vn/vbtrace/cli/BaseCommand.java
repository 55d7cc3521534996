package vn.vbtrace.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.Json;
import vn.vbtrace.document.SearchServerException;
import vn.vbtrace.graph.GraphUnreachableException;
import vn.vbtrace.launch.Relaunch;
import vn.vbtrace.parse.ParseException;
import vn.vbtrace.document.Successor;
import vn.vbtrace.search.NotFoundException;
import vn.vbtrace.system.DataFolder;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * What every command shares: --data and --json, and the mapping of failures to exit codes
 * (0 success, 1 a failure of the input, 2 usage) with one clear line on stderr. Usage is checked by
 * {@link #validate} before {@link #run} opens anything, so a usage error never starts a database.
 */
abstract class BaseCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int INPUT_FAILURE = 1;

    @Spec
    CommandSpec spec;

    @Option(names = Relaunch.DATA_OPTION, paramLabel = "DIR", description = "folder that holds all state (default: ${DEFAULT-VALUE})",
            defaultValue = Relaunch.DEFAULT_DATA_FOLDER)
    Path data;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public final Integer call() {
        validate(); // a ParameterException goes to picocli's handler: exit 2
        try {
            return run();
        } catch (ParameterException e) {
            throw e;
        } catch (UserInputException | NotFoundException | IllegalArgumentException | ParseException | UncheckedIOException
                 | SearchServerException | GraphUnreachableException | ServerGoneException e) {
            return fail(e.getMessage());
        } catch (Exception e) {
            // Not the input's fault, but a script still gets one line and a non-zero status.
            return fail("lỗi nội bộ: " + e);
        }
    }

    protected abstract int run() throws Exception;

    /** Checks the options that picocli cannot (ranges, combinations); throws {@link #usage} when one is wrong. */
    protected void validate() {
    }

    /** Runs a check of the services' own (InvalidInputException) as a usage check. */
    protected void check(Runnable check) {
        try {
            check.run();
        } catch (InvalidInputException e) {
            throw usage(e.getMessage());
        }
    }

    /** A usage error: exit status 2, one line on stderr, before anything is opened. */
    protected ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    protected DataFolder dataFolder() {
        return new DataFolder(data);
    }

    /**
     * The server that holds the data folder, when one runs: the command then goes through its API (its stores
     * are the server's, and asking it takes milliseconds where opening them takes seconds).
     */
    protected Optional<ServerClient> server() {
        return ServerClient.of(dataFolder());
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    /**
     * Under a duty in a table, who holds it today when the 2025 reorganization changed its body or province
     * ("Sở Tài chính tỉnh Bắc Kạn → nay: Sở Tài chính tỉnh Thái Nguyên, theo ..."); nothing when it did not.
     */
    protected void printSuccessor(Successor successor) {
        if (successor != null) {
            out().printf("    %s%n", successor.text());
        }
    }

    protected void printJson(Object value) {
        out().println(Json.pretty(value));
        out().flush();
    }

    protected int fail(String message) {
        String line = message == null ? "unexpected failure" : message.lines().findFirst().orElse(message);
        err().println(spec.qualifiedName() + ": " + line);
        err().flush();
        if (json) {
            printJson(Map.of("error", line));
        }
        return INPUT_FAILURE;
    }
}
