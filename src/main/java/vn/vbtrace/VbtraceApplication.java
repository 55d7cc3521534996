package vn.vbtrace;

import picocli.CommandLine;
import vn.vbtrace.cli.CliTraining;
import vn.vbtrace.cli.VbtraceCommand;

/** Entry point of target/vbtrace.jar: the command line; `serve` blocks until the server stops. */
public final class VbtraceApplication {

    private VbtraceApplication() {
    }

    public static void main(String[] args) {
        // `serve` and `ingest` from the Spring Boot jar become, in the same process, a JVM on the build's AOT cache when
        // there is one.
        AotRelaunch.replaceProcessIfWorthIt(args);
        if (CliTraining.requested()) {
            System.exit(CliTraining.run(args)); // the build recording the command line's AOT cache
        }
        CommandLine cli = VbtraceCommand.commandLine(args);
        int status = cli.execute(args);
        if (othersKeepTheJvm()) {
            System.exit(status);
        }
        // A command that left no thread behind (its stores closed, or none opened) ends without System.exit: System.exit
        // asks the system logger whether to log the exit, and finding that logger's backend reads every jar of the class
        // path (0.2 s of a command that asks a server, after its answer is printed). Status 0: main returns. Another
        // status: the process halts once its output is flushed; no shutdown hook is skipped that matters, as a command
        // registers none and closes what it opened before it returns.
        if (status != 0) {
            cli.getOut().flush();
            cli.getErr().flush();
            System.out.flush();
            System.err.flush();
            Runtime.getRuntime().halt(status);
        }
    }

    /** Any thread but this one that the JVM waits for (a store's, a server's): then only System.exit ends it. */
    private static boolean othersKeepTheJvm() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t != Thread.currentThread() && t.isAlive() && !t.isDaemon());
    }
}
