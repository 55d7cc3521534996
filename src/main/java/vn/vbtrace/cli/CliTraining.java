package vn.vbtrace.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The commands run in the JVM that records the command line's AOT cache ({@code vbtrace-aot/cli.aot}, by the build's
 * training start: {@link ServeCommand}): each through the server that holds the training folder, as a user's command
 * runs when {@code serve} is up, in text and in JSON. A command started from {@code target/vbtrace.jar} relaunches on
 * that cache ({@code vn.vbtrace.launch.Relaunch}) and finds the classes of its start, the client's, JSON's and HTTP's,
 * already loaded and linked: from the Spring Boot jar, loading them took most of a command's 2 s on a two-core machine,
 * and issue 9 asks 1.5 s of a command that goes through a server.
 * <p>
 * It runs in a JVM of its own, started the way a relaunched command is ({@code -jar vbtrace-aot/vbtrace.jar}, so that
 * the cache matches its class path and options) with {@value #PROPERTY}=true and the data folder as its one argument.
 */
public final class CliTraining {

    /** The system property that makes {@code target/vbtrace-aot/vbtrace.jar} run these commands rather than its arguments. */
    public static final String PROPERTY = "vbtrace.aot.cli-training";
    /** Beside the serve start's cache. */
    public static final String CACHE = vn.vbtrace.launch.Relaunch.CLI_CACHE;

    /** The shipped corpus's numbers and words. */
    private static final List<List<String>> COMMANDS = List.of(
            List.of("search", "nâng cao năng suất và chất lượng sản phẩm"),
            List.of("search", "1852/QĐ-UBND", "--json"),
            List.of("responsible", "bố trí kinh phí thực hiện"),
            List.of("responsible", "bố trí kinh phí thực hiện", "--json"),
            List.of("chain", "1322/QĐ-TTg", "--direction", "both", "--depth", "3"),
            List.of("obligations", "Sở Tài chính"),
            List.of("programs", "--json"),
            List.of("status", "1852/QĐ-UBND"));

    private CliTraining() {
    }

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /**
     * Records the cache: a JVM on the plain jars that runs the commands against the server holding {@code data} (the
     * caller's), then writes {@value #CACHE} beside {@code plainJar} as it ends. On a JDK older than 25 the option is
     * ignored and nothing is written.
     */
    static void record(Path plainJar, Path data) throws IOException, InterruptedException {
        Process training = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+IgnoreUnrecognizedVMOptions", "-XX:AOTCacheOutput=" + plainJar.resolveSibling(CACHE),
                "-D" + PROPERTY + "=true", "-Dvbtrace.aot.relaunched=true", "-jar", plainJar.toString(), data.toString())
                .inheritIO().start();
        if (!training.waitFor(5, TimeUnit.MINUTES)) {
            training.destroyForcibly();
            throw new IllegalStateException("the command line's training did not end within 5 minutes");
        }
        if (training.exitValue() != 0) {
            throw new IllegalStateException("the command line's training ended with status " + training.exitValue());
        }
    }

    /** Runs every command; the exit status is 0 when each answered, 1 at the first that did not. */
    public static int run(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: -D" + PROPERTY + "=true -jar vbtrace.jar DATA_DIR");
            return 2;
        }
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        for (List<String> command : COMMANDS) {
            String[] arguments = Stream.concat(command.stream(), Stream.of("--data", args[0])).toArray(String[]::new);
            CommandLine cli = VbtraceCommand.commandLine(arguments);
            cli.setOut(nowhere);
            int status = cli.execute(arguments);
            if (status != 0) {
                System.err.println("CLI training: exit status " + status + " of: " + String.join(" ", arguments));
                return 1;
            }
        }
        System.out.println("CLI training: " + COMMANDS.size() + " commands through the server");
        return 0;
    }
}
