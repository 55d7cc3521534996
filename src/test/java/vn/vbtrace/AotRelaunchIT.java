package vn.vbtrace;

import vn.vbtrace.launch.Relaunch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.LocalServer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code java -jar target/vbtrace.jar serve} (and {@code ingest}), as a user runs it after {@code ./mvnw package}, runs on
 * the build's AOT cache in the process that was started: the same process id, the user's JVM options kept, and a cache
 * the JVM takes.
 */
class AotRelaunchIT {

    private static final Path SPRING_BOOT_JAR = Path.of("target", "vbtrace.jar");
    private static final Path FOLDER = Path.of("target", Relaunch.FOLDER);

    @TempDir
    Path dir;

    @Test
    void serveFromTheJarRunsOnTheCacheInTheSameProcess() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25 && Files.isRegularFile(FOLDER.resolve(Relaunch.CACHE)),
                "the package phase recorded an AOT cache (JDK 25 or newer)");
        Path data = dir.resolve("data");
        Path log = dir.resolve("server.log");
        whileServing(SPRING_BOOT_JAR, data, log, arguments -> {
            // The heap the user named is held from the start, its young generation a third of it (ServeHeap), and the
            // cache is still taken with them (the last assertion).
            assertThat(arguments).contains("-Xmx1g", "-Dvbtrace.test.option=kept", "-Xms1024m", "-XX:MaxNewSize=192m",
                    "-XX:AOTCache=" + FOLDER.resolve(Relaunch.CACHE).toAbsolutePath(),
                    FOLDER.resolve("vbtrace.jar").toAbsolutePath().toString(), "serve", "--port", "0", "--data", data.toString());
            // A cache the JVM refuses shows as "[0.416s][error  ][aot] ..." lines (unified logging, level padded).
            assertThat(Files.readAllLines(log)).as("the JVM took the cache")
                    .noneMatch(line -> line.startsWith("[") && line.contains("][error") && line.contains("[aot"));
            aCommandThroughTheServerRunsOnTheCommandLinesCache(data);
            aFailingCommandThroughTheServerPrintsItsErrorAndStatus(data);
        });
    }

    /**
     * A jar with no cache beside it (a copy; as on a JDK older than 25, or after a build that skipped the cache) still
     * serves with the heap its options name held whole: the process replaces itself on the same jar with them.
     */
    @Test
    void serveFromAJarWithoutItsCacheStillHoldsItsHeap() throws Exception {
        Path jar = Files.createDirectories(dir.resolve("elsewhere")).resolve("vbtrace.jar");
        Files.copy(SPRING_BOOT_JAR, jar);
        Path data = dir.resolve("data");
        whileServing(jar, data, dir.resolve("server.log"), arguments -> {
            assertThat(arguments).contains("-Xmx1g", "-Dvbtrace.test.option=kept", "-Xms1024m", "-XX:MaxNewSize=192m",
                    "-D" + Relaunch.RELAUNCHED + "=true", jar.toString(), "serve", "--port", "0", "--data", data.toString());
            assertThat(arguments).as("no cache named").noneMatch(argument -> argument.startsWith("-XX:AOTCache"));
        });
    }

    /** What a test checks of a server while it runs, given the JVM arguments of its process. */
    private interface WhileServing {
        void check(List<String> arguments) throws Exception;
    }

    /**
     * {@code serve} from {@code jar} on the empty folder {@code data}; once it answers health, {@code check} is given the
     * arguments of the process that was started (a replacement keeps its id; a child would not); then it is stopped.
     */
    private static void whileServing(Path jar, Path data, Path log, WhileServing check) throws Exception {
        Process server = serve(jar, data, log);
        try {
            check.check(argumentsOfTheServerStarted(server, data, log));
        } finally {
            stop(server);
        }
    }

    /** {@code serve} from this jar on an empty folder, with {@code -Xmx1g} and an option of the user's. */
    private static Process serve(Path jar, Path data, Path log) throws java.io.IOException {
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-Dvbtrace.test.option=kept", "-jar", jar.toString(), "serve", "--port", "0", "--data", data.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** The JVM arguments of the server once it answers health, checked to be the process that was started. */
    private static List<String> argumentsOfTheServerStarted(Process server, Path data, Path log) throws Exception {
        LocalServer note = awaitNote(server, data, log);
        assertThat(note.pid()).as("the server's note names the process that was started").isEqualTo(server.pid());
        HttpResponse<String> health = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + note.port() + "/api/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        return List.of(server.info().arguments().orElseThrow());
    }

    private static void stop(Process server) throws InterruptedException {
        server.destroy();
        if (!server.waitFor(120, TimeUnit.SECONDS)) {
            server.destroyForcibly();
        }
    }

    /**
     * A command from the jar while the server holds the folder runs in a JVM on the command line's own cache
     * (CliTraining): its classes come from the cache ("shared objects file" in the JVM's class log, the log of each
     * process a file of its own), its JSON is the whole of its standard output, its exit status the command's.
     */
    private void aCommandThroughTheServerRunsOnTheCommandLinesCache(Path data) throws Exception {
        assertThat(FOLDER.resolve(Relaunch.CLI_CACHE)).as("the command line's cache beside the server's").isRegularFile();
        Path classLog = dir.resolve("classes");
        Files.createDirectories(classLog);
        Path gcLog = Files.createDirectories(dir.resolve("gc"));
        Path output = dir.resolve("search.json");
        Process search = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xlog:class+load:file=" + classLog.resolve("%p.log"), "-Xlog:gc:file=" + gcLog.resolve("%p.log"),
                "-jar", SPRING_BOOT_JAR.toString(), "search",
                "kinh phí", "--data", data.toString(), "--json")
                .redirectOutput(output.toFile()).redirectError(dir.resolve("search.err").toFile()).start();
        assertThat(search.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(search.exitValue()).isZero();
        assertThat(vn.vbtrace.document.Json.read(Files.readString(output), tools.jackson.databind.JsonNode.class)
                .get("total").asInt()).as("the answer of the server, whose folder holds nothing").isZero();
        List<String> classes = new ArrayList<>();
        try (var logs = Files.list(classLog)) {
            for (Path file : logs.toList()) {
                classes.addAll(Files.readAllLines(file));
            }
        }
        assertThat(classes).as("the command's classes, in the JVM that ran it")
                .anyMatch(line -> line.contains("vn.vbtrace.cli.SearchCommand source: shared objects file"));
        // The JVM the user started hands the command over from the jar's root, before Spring Boot's loader reads the
        // nested jars (JarStart): none of that loader's classes, none of the application's.
        List<String> started = Files.readAllLines(classLog.resolve(search.pid() + ".log"));
        assertThat(started).as("the JVM started by java -jar")
                .anyMatch(line -> line.contains("vn.vbtrace.launch.JarStart source: "))
                .noneMatch(line -> line.contains("org.springframework.boot.loader."))
                .noneMatch(line -> line.contains("vn.vbtrace.VbtraceApplication"));
        // The command, answered by the server, runs as a short client (ClientJvm): the serial collector, where the JVM
        // the user started has the JVM's default.
        List<String> collectors = new ArrayList<>();
        try (var logs = Files.list(gcLog)) {
            for (Path file : logs.toList()) {
                String used = Files.readAllLines(file).stream().filter(line -> line.contains("Using ")).findFirst().orElse("");
                collectors.add((file.getFileName().toString().equals(search.pid() + ".log") ? "started: " : "child: ")
                        + used.substring(used.indexOf("Using ") + "Using ".length()));
            }
        }
        assertThat(collectors).containsExactlyInAnyOrder("started: G1", "child: Serial");
    }

    /**
     * A command that fails through the server ends with its status and its whole message: it halts once its output is
     * flushed rather than through System.exit (VbtraceApplication), which must lose neither.
     */
    private void aFailingCommandThroughTheServerPrintsItsErrorAndStatus(Path data) throws Exception {
        Process unknown = fromTheJar("unknown", "chain", "9999/QĐ-XYZ", "--data", data.toString(), "--json");
        assertThat(unknown.exitValue()).isEqualTo(1);
        assertThat(Files.readString(dir.resolve("unknown.err"))).contains("vbtrace chain: không có văn bản số 9999/QĐ-XYZ trong kho");
        assertThat(vn.vbtrace.document.Json.read(Files.readString(dir.resolve("unknown.out")), tools.jackson.databind.JsonNode.class)
                .get("error").asString()).startsWith("không có văn bản số 9999/QĐ-XYZ");

        Process usage = fromTheJar("usage", "search", "kinh phí", "--limit", "0", "--data", data.toString());
        assertThat(usage.exitValue()).isEqualTo(2);
        assertThat(Files.readString(dir.resolve("usage.err"))).contains("limit phải từ 1 đến");
    }

    /** The jar run as a user runs it, its output and errors in NAME.out and NAME.err; returns it ended. */
    private Process fromTheJar(String name, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", SPRING_BOOT_JAR.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectOutput(dir.resolve(name + ".out").toFile())
                .redirectError(dir.resolve(name + ".err").toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(name + " ended").isTrue();
        return process;
    }

    /**
     * {@code ingest} from the jar runs on the cache too, with the parallel collector (IngestCollector) unless the user
     * chose one; the JVM's own log says which collector it runs.
     */
    @Test
    void ingestFromTheJarRunsOnTheCacheWithTheParallelCollectorUnlessTheUserChoseOne() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25 && Files.isRegularFile(FOLDER.resolve(Relaunch.CACHE)),
                "the package phase recorded an AOT cache (JDK 25 or newer)");
        assertThat(ingestCorpus("default")).as("the collector of an ingest the user gave only -Xmx1g")
                .anyMatch(line -> line.endsWith("Using Parallel"));
        assertThat(ingestCorpus("g1", "-XX:+UseG1GC")).as("the collector of an ingest the user gave -XX:+UseG1GC")
                .anyMatch(line -> line.endsWith("Using G1"));
    }

    /** Ingests the shipped corpus from the jar with {@code -Xmx1g} and the options given; returns the JVM's GC log. */
    private List<String> ingestCorpus(String name, String... options) throws Exception {
        Path gcLog = dir.resolve(name + "-gc.log");
        Path output = dir.resolve(name + ".json");
        Path errors = dir.resolve(name + ".err");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-Xlog:gc:file=" + gcLog));
        command.addAll(List.of(options));
        command.addAll(List.of("-jar", SPRING_BOOT_JAR.toString(), "ingest", "corpus", "--data", dir.resolve(name).toString(), "--json"));
        Process ingest = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(errors.toFile()).start();
        assertThat(ingest.waitFor(5, TimeUnit.MINUTES)).as("the ingest ended: " + errors).isTrue();
        assertThat(ingest.exitValue()).as("the ingest's exit code: " + errors).isZero();
        assertThat(Files.readString(output)).contains("\"ingested\" : 8");
        assertThat(Files.readAllLines(errors)).as("the JVM took the cache")
                .noneMatch(line -> line.startsWith("[") && line.contains("][error") && line.contains("[aot"));
        // JDK 25 warns when Neo4j first reaches memory through sun.misc.Unsafe unless the JVM allows it.
        assertThat(Files.readAllLines(errors)).as("no warning about Neo4j's memory access")
                .noneMatch(line -> line.contains("sun.misc.Unsafe"));
        return Files.readAllLines(gcLog);
    }

    /** The cache was recorded by a start that answered every question of the training, not by a start alone. */
    @Test
    void theCacheWasRecordedByAStartThatAnsweredTheTrainingQuestions() throws Exception {
        assumeTrue(Runtime.version().feature() >= 25 && Files.isRegularFile(FOLDER.resolve(Relaunch.CACHE)),
                "the package phase recorded an AOT cache (JDK 25 or newer)");
        List<String> training = Files.readAllLines(Path.of("target", "vbtrace-aot-training.log"));
        assertThat(training).as("the training start's output")
                .anyMatch(line -> line.matches("AOT training: \\d+ rounds of questions and an upload in \\d+ ms"))
                .noneMatch(line -> line.contains("AOT training failed"));
    }

    private static LocalServer awaitNote(Process server, Path data, Path log) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (System.nanoTime() < deadline) {
            Optional<LocalServer> note = LocalServer.find(new DataFolder(data));
            if (note.isPresent()) {
                return note.get();
            }
            assertThat(server.isAlive()).as("the server runs: " + log).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("no server note after 10 minutes: " + log);
    }
}
