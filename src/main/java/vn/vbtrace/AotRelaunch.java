package vn.vbtrace;

import com.sun.jna.Function;
import vn.vbtrace.launch.Relaunch;

import java.util.List;

/**
 * Makes {@code java -jar target/vbtrace.jar serve} (and {@code ingest}) start from the JDK's AOT cache in the same
 * process ({@link Relaunch} says which JVM and why): first thing in {@code main}, it replaces its own process image
 * (execv: same process id, same stdin/stdout/stderr, same JVM options, same arguments) with that JVM. The other commands
 * were handed to their child JVM before this class was loaded ({@code vn.vbtrace.launch.JarStart}).
 * <p>
 * It does nothing, and the start goes on from the Spring Boot jar, when {@link Relaunch#command} gives nothing or the
 * execv fails.
 */
final class AotRelaunch {

    private AotRelaunch() {
    }

    /** Returns only when the process was not replaced. */
    static void replaceProcessIfWorthIt(String[] args) {
        try {
            if (Relaunch.replaces(args)) {
                Relaunch.command(args).ifPresent(AotRelaunch::execv);
            }
        } catch (RuntimeException | LinkageError e) {
            // The start from the Spring Boot jar is always there to fall back on.
        }
    }

    /** Replaces this process's image; returns only when execv failed (the start then goes on here). */
    private static void execv(List<String> command) {
        System.out.flush();
        System.err.flush();
        Function.getFunction("c", "execv").invokeInt(new Object[] {command.get(0), command.toArray(String[]::new)});
    }
}
