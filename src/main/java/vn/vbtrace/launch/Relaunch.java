package vn.vbtrace.launch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which JVM a command of {@code java -jar target/vbtrace.jar} is best run in: the JDK's AOT cache holds the classes of a
 * start already parsed, verified and linked (it halves the CPU a start takes; most of it went to loading some 40,000
 * classes out of the 350 jars nested in the Spring Boot jar, one lookup through every nested jar at a time).
 * <p>
 * The JVM reads an AOT cache only for classes loaded from plain jars on its class path, and only when named on its
 * command line ({@code -XX:AOTCache}). So the build (pom.xml, package phase) extracts the Spring Boot jar into plain jars
 * beside it ({@value #FOLDER}/: the application jar, whose manifest names lib/*.jar, and lib/) and records a start of
 * {@code serve} from them into {@value #FOLDER}/{@value #CACHE}, and commands run through a server into
 * {@value #CLI_CACHE}. {@code serve} and {@code ingest} replace their process with a JVM on those plain jars and the
 * first cache ({@code vn.vbtrace.AotRelaunch}); every other command runs in a child JVM on the second, which the JVM
 * started waits for ({@link JarStart}, before the Spring Boot jar is opened at all).
 * <p>
 * Without a cache (a JDK older than 25, the one that records and reads such caches; no cache beside the jar; a cache
 * older than the jar, from a build that did not record it), {@code serve} and {@code ingest} still replace their
 * process, with the same Spring Boot jar, to get the options they add ({@link #ADDED}), so that a server runs the same
 * however it was built. Without them (session 44: {@code -Xmx1g}, 100,000 documents, 6,000 document pages after the
 * warm-up) G1 shrank the heap to 313 MB and marked 21 times, each marking ending in a pause of 30 to 51 ms; with them it
 * kept 1 GB and marked none (the pages' p95 was the same, 5.9 to 10 ms either way: one question at a time seldom meets
 * one of those pauses).
 * <p>
 * Nothing is relaunched, and the start goes on from the Spring Boot jar, when anything is missing or doubtful: not a
 * POSIX system, no command (options only), not run as {@code java ... -jar X.jar}, JVM options that name a cache of their
 * own or a mode of Spring Boot's, a command with nothing to add and no cache. A cache the JVM finds stale itself
 * (another JDK, a changed jar) is ignored by the JVM, with {@code [error][aot]} lines at the top of the log.
 * <p>
 * This package uses the JDK's classes only: the build copies it to the root of the Spring Boot jar, where the JVM
 * started by {@code java -jar} finds it before Spring Boot's loader has read the nested jars.
 */
public final class Relaunch {

    /** Beside the Spring Boot jar: its classes as plain jars, and the AOT caches of starts from them. */
    public static final String FOLDER = "vbtrace-aot";
    /** The cache of a {@code serve} start, which {@code ingest} starts on too. */
    public static final String CACHE = "vbtrace.aot";
    /**
     * The cache of the other commands, recorded by commands run through a server ({@code vn.vbtrace.cli.CliTraining}):
     * the client's classes, JSON's and HTTP's. Loaded from the Spring Boot jar they were most of a command's time (2.1
     * to 2.4 s for a search through a server on a two-core machine, where issue 9 asks 1.5 s).
     */
    public static final String CLI_CACHE = "cli.aot";
    /** Set on the relaunched JVM: it must never relaunch itself. */
    public static final String RELAUNCHED = "vbtrace.aot.relaunched";
    /**
     * The commands that replace their process, each with what it adds to the user's JVM options given the maximum heap
     * they name: the server its heap sizes ({@link ServeHeap}), the ingest (whose start loads the same classes: Neo4j,
     * Lucene) its collector ({@link IngestCollector}).
     */
    private static final Map<String, BiFunction<List<String>, Long, List<String>>> ADDED = Map.of(
            "serve", ServeHeap::options,
            "ingest", (options, maxHeapBytes) -> IngestCollector.options(options));
    public static final Set<String> REPLACING = ADDED.keySet();
    /** The option that names a command's data folder, and the folder when none is named (the command line's own). */
    public static final String DATA_OPTION = "--data";
    public static final String DEFAULT_DATA_FOLDER = "data";
    /** The note a running {@code serve} leaves in its data folder: its port and process id, as JSON. */
    public static final String SERVER_NOTE = "server.json";
    private static final Pattern NOTED_PID = Pattern.compile("\"pid\"\\s*:\\s*(\\d+)");

    private Relaunch() {
    }

    /** Whether {@code args} name a command that replaces its process ({@link #REPLACING}) rather than run in a child. */
    public static boolean replaces(String[] args) {
        return args.length > 0 && REPLACING.contains(args[0]);
    }

    /**
     * The command line of the JVM on the plain jars with the cache, when this start can take it; else, for a command
     * that adds options of its own, of the JVM on the same jar with them ({@link #uncached}).
     */
    public static Optional<List<String>> command(String[] args) {
        if (args.length == 0 || args[0].startsWith("-") || System.getProperty(RELAUNCHED) != null || !posix()) {
            return Optional.empty();
        }
        Path springBootJar = Path.of(System.getProperty("java.class.path", ""));
        ProcessHandle.Info self = ProcessHandle.current().info();
        if (!springBootJar.toString().endsWith(".jar") || self.command().isEmpty() || self.arguments().isEmpty()) {
            return Optional.empty();
        }
        Path folder = springBootJar.toAbsolutePath().resolveSibling(FOLDER);
        Path plainJar = folder.resolve(springBootJar.getFileName());
        Path cache = folder.resolve(replaces(args) ? CACHE : CLI_CACHE);
        List<String> arguments = List.of(self.arguments().get());
        long maxHeapBytes = Runtime.getRuntime().maxMemory();
        int jdkFeature = Runtime.version().feature();
        if (jdkFeature >= 25 && fresh(cache, springBootJar) && Files.isRegularFile(plainJar)) {
            return relaunched(self.command().get(), arguments, plainJar, cache, maxHeapBytes,
                    !replaces(args) && serverHolds(dataFolder(args)), jdkFeature);
        }
        return uncached(self.command().get(), arguments, maxHeapBytes, jdkFeature);
    }

    /**
     * This process's command line with what its command adds ({@link #ADDED}) after the user's options, on the same
     * jar and without a cache; empty when the command adds nothing (a second start would only cost time). The JVM
     * that starts anyway also allows Neo4j's memory access ({@link UnsafeMemoryAccess}) on a JDK of feature release
     * {@code jdkFeature} that knows the option.
     */
    static Optional<List<String>> uncached(String java, List<String> arguments, long maxHeapBytes, int jdkFeature) {
        int jar = arguments.indexOf("-jar");
        if (jar < 0 || jar + 1 >= arguments.size() || startsItsOwnWay(arguments.subList(0, jar))) {
            return Optional.empty();
        }
        List<String> added = new ArrayList<>(added(arguments, jar, maxHeapBytes));
        if (added.isEmpty()) {
            return Optional.empty();
        }
        added.addAll(UnsafeMemoryAccess.options(arguments.subList(0, jar), jdkFeature));
        return Optional.of(commandLine(java, arguments, jar, added, List.of(), arguments.get(jar + 1)));
    }

    /**
     * This process's command line with the plain jar for the Spring Boot jar and the cache named: everything before
     * {@code -jar} (the user's JVM options) and after the jar (the command's arguments) is kept as it is, and what the
     * command adds ({@link #ADDED}: from the maximum heap {@code maxHeapBytes} the user's options give) follows the
     * user's; for a command that a server answers ({@code throughServer}: a server holds its data folder), the options
     * of a short client's JVM ({@link ClientJvm}); on a JDK of feature release {@code jdkFeature} that knows it, the
     * option that allows Neo4j's memory access ({@link UnsafeMemoryAccess}).
     */
    static Optional<List<String>> relaunched(String java, List<String> arguments, Path plainJar, Path cache, long maxHeapBytes,
            boolean throughServer, int jdkFeature) {
        int jar = arguments.indexOf("-jar");
        if (jar < 0 || jar + 1 >= arguments.size() || startsItsOwnWay(arguments.subList(0, jar))) {
            return Optional.empty();
        }
        List<String> added = new ArrayList<>(added(arguments, jar, maxHeapBytes));
        if (throughServer) {
            added.addAll(ClientJvm.options(arguments.subList(0, jar)));
        }
        added.addAll(UnsafeMemoryAccess.options(arguments.subList(0, jar), jdkFeature));
        // JDK 25 warns at every start that a few call adapters in the cache do not link (it makes them anew): only a
        // cache it refuses is worth a line, and that is an error, on standard error (a command's output may be JSON).
        List<String> cacheOptions = List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off,aot+codecache+stubs=off",
                "-Xlog:aot=error,aot+codecache+stubs=error:stderr");
        return Optional.of(commandLine(java, arguments, jar, added, cacheOptions, plainJar.toString()));
    }

    /**
     * {@code java}, the user's options (before {@code -jar} at {@code jar}), what the command adds ({@code added}),
     * {@code startOptions}, the mark that stops a second relaunch, {@code -jar jarToRun} and the command's arguments.
     */
    private static List<String> commandLine(String java, List<String> arguments, int jar, List<String> added,
            List<String> startOptions, String jarToRun) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(arguments.subList(0, jar));
        command.addAll(added);
        command.addAll(startOptions);
        command.add("-D" + RELAUNCHED + "=true");
        command.add("-jar");
        command.add(jarToRun);
        command.addAll(arguments.subList(jar + 2, arguments.size()));
        return command;
    }

    /** What the command named after the jar adds to the user's options ({@link #ADDED}); nothing for any other. */
    private static List<String> added(List<String> arguments, int jar, long maxHeapBytes) {
        BiFunction<List<String>, Long, List<String>> adds = jar + 2 < arguments.size() ? ADDED.get(arguments.get(jar + 2)) : null;
        return adds == null ? List.of() : adds.apply(arguments.subList(0, jar), maxHeapBytes);
    }

    /** JVM options that name a cache of their own or run the jar in a mode of Spring Boot's: left as they are. */
    private static boolean startsItsOwnWay(List<String> options) {
        return options.stream().anyMatch(o -> o.startsWith("-XX:AOT") || o.startsWith("-XX:SharedArchiveFile")
                || o.startsWith("-Djarmode"));
    }

    /** The data folder the command's arguments name ({@code --data DIR}, {@code --data=DIR}), else the default, {@code data}. */
    static Path dataFolder(String[] args) {
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals(DATA_OPTION) && i + 1 < args.length) {
                return Path.of(args[i + 1]);
            }
            if (args[i].startsWith(DATA_OPTION + "=")) {
                return Path.of(args[i].substring(DATA_OPTION.length() + 1));
            }
        }
        return Path.of(DEFAULT_DATA_FOLDER);
    }

    /**
     * Whether a live server holds the folder, by the note {@code serve} leaves there ({@value #SERVER_NOTE}, its process
     * id among its fields): the command will go through it ({@code vn.vbtrace.system.LocalServer} reads the note whole).
     */
    static boolean serverHolds(Path dataFolder) {
        try {
            Matcher pid = NOTED_PID.matcher(Files.readString(dataFolder.resolve(SERVER_NOTE)));
            return pid.find() && ProcessHandle.of(Long.parseLong(pid.group(1))).map(ProcessHandle::isAlive).orElse(false);
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The cache was recorded after the Spring Boot jar was made, so it was recorded from the same build. */
    private static boolean fresh(Path cache, Path springBootJar) {
        try {
            return Files.isRegularFile(cache) && Files.isRegularFile(springBootJar)
                    && Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(springBootJar)) > 0;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    private static boolean posix() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        return os.contains("linux") || os.contains("mac");
    }

    /**
     * A command other than serve or ingest runs in a child JVM, this one waiting for its exit status: loading JNA for
     * an execv (its native library unpacked from the Spring Boot jar, libc found by running ldconfig) took longer than
     * starting the child. Standard input, output and error are the child's; a stop of this process stops it too.
     */
    public static int runToItsEnd(List<String> command) throws java.io.IOException {
        Process child = new ProcessBuilder(command).inheritIO().start();
        Thread stopChild = new Thread(child::destroy);
        Runtime.getRuntime().addShutdownHook(stopChild);
        while (true) {
            try {
                int status = child.waitFor();
                Runtime.getRuntime().removeShutdownHook(stopChild);
                return status;
            } catch (InterruptedException e) {
                // Only a stop ends the wait: the hook then stops the child.
            }
        }
    }
}
