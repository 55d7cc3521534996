package vn.vbtrace.launch;

import java.lang.reflect.InvocationTargetException;
import java.util.List;
import java.util.Optional;

/**
 * Where the Spring Boot jar starts on Java 21 or newer (the build copies this package to the jar's root; its
 * Main-Class, {@link NewEnoughJava}, hands over to this one): a command that runs in a child JVM on the command line's
 * AOT cache ({@link Relaunch}) is handed to it here,
 * before Spring Boot's loader opens the 350 jars nested in this one to find {@code vn.vbtrace.VbtraceApplication}, which
 * cost the JVM the user started 0.2 s of a 1 s command through a server on the two-core build machine (session 47).
 * Every other start ({@code serve}, {@code ingest}, no cache, a mode of Spring Boot's such as {@code -Djarmode=tools})
 * goes on through Spring Boot's loader as before.
 */
public final class JarStart {

    static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private JarStart() {
    }

    public static void main(String[] args) throws Exception {
        Optional<List<String>> child = Relaunch.replaces(args) ? Optional.empty() : childCommand(args);
        if (child.isPresent()) {
            try {
                System.exit(Relaunch.runToItsEnd(child.get()));
            } catch (java.io.IOException e) {
                // The child could not be started: the start from the Spring Boot jar is always there to fall back on.
            }
        }
        springBootLauncher(args);
    }

    /** Spring Boot's own Main-Class, at the root of the same jar (named here: the build has no dependency on it). */
    private static void springBootLauncher(String[] args) throws Exception {
        try {
            Class.forName(SPRING_BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof Exception exception ? exception : e;
        }
    }

    /** The child JVM's command line; empty when it cannot be told (the start then goes on from the Spring Boot jar). */
    private static Optional<List<String>> childCommand(String[] args) {
        try {
            return Relaunch.command(args);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
