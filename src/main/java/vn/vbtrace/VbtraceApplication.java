package vn.vbtrace;

import vn.vbtrace.cli.CliTraining;
import vn.vbtrace.cli.VbtraceCommand;

import java.util.logging.Level;
import java.util.logging.Logger;

/** Entry point of target/vbtrace.jar: the command line; `serve` blocks until the server stops. */
public final class VbtraceApplication {

    /** Held so the setting is not garbage-collected with the logger. */
    private static final Logger LUCENE_VECTOR_NOTICE = Logger.getLogger("org.apache.lucene.internal.vectorization");

    private VbtraceApplication() {
    }

    public static void main(String[] args) {
        // `serve` and `ingest` from the Spring Boot jar become, in the same process, a JVM on the build's AOT cache when
        // there is one.
        AotRelaunch.replaceProcessIfCached(args);
        // Lucene notes on every start that the incubating Vector API is not enabled; that is not the user's concern.
        LUCENE_VECTOR_NOTICE.setLevel(Level.SEVERE);
        if (CliTraining.requested()) {
            System.exit(CliTraining.run(args)); // the build recording the command line's AOT cache
        }
        System.exit(VbtraceCommand.commandLine().execute(args));
    }
}
