package vn.vbtrace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import vn.vbtrace.document.Json;
import vn.vbtrace.parse.ParseException;
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
 * (0 success, 1 a failure of the input, 2 usage) with one clear line on stderr.
 */
abstract class BaseCommand implements Callable<Integer> {

    static final int OK = 0;
    static final int INPUT_FAILURE = 1;

    @Spec
    CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", description = "folder that holds all state (default: ${DEFAULT-VALUE})", defaultValue = "data")
    Path data;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public final Integer call() {
        try {
            return run();
        } catch (CommandLine.ParameterException e) {
            throw e; // a usage error: picocli prints it with the usage and exits 2
        } catch (UserInputException | NotFoundException | IllegalArgumentException | ParseException | UncheckedIOException e) {
            return fail(e.getMessage());
        } catch (Exception e) {
            // Not the input's fault, but a script still gets one line and a non-zero status.
            return fail("internal error: " + e);
        }
    }

    protected abstract int run() throws Exception;

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

    /** A usage error, caught before any store opens: picocli prints it with the usage and exits 2. */
    protected CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }

    protected void printJson(Object value) {
        out().println(Json.pretty(value));
        out().flush();
    }

    protected int fail(String message) {
        String line = message == null ? "unexpected failure" : message.lines().findFirst().orElse(message);
        err().println("vbtrace " + spec.name() + ": " + line);
        err().flush();
        if (json) {
            printJson(Map.of("error", line));
        }
        return INPUT_FAILURE;
    }
}
