package vn.vbtrace.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RelaunchTests {

    private static final Path PLAIN_JAR = Path.of("/app/target/vbtrace-aot/vbtrace.jar");
    private static final Path CACHE = Path.of("/app/target/vbtrace-aot/vbtrace.aot");
    private static final long GIB = 1024L * 1024 * 1024;
    /** The JDK the cache needs, which warns about Neo4j's memory access unless it is allowed. */
    private static final int JDK = 25;
    private static final String ALLOW_UNSAFE = "--sun-misc-unsafe-memory-access=allow";

    @Test
    void keepsTheJvmOptionsAndTheArgumentsAndNamesThePlainJarAndTheCache() {
        List<String> arguments = List.of("-Xmx1g", "-Dx=y z", "-jar", "target/vbtrace.jar", "serve", "--port", "0", "--data", "dữ liệu");

        assertThat(Relaunch.relaunched("/jdk/bin/java", arguments, PLAIN_JAR, CACHE, GIB, false, JDK)).contains(List.of(
                "/jdk/bin/java", "-Xmx1g", "-Dx=y z", "-Xms1024m", "-XX:MaxNewSize=192m", ALLOW_UNSAFE, "-XX:AOTCache=" + CACHE,
                "-Xlog:aot=off,aot+codecache+stubs=off", "-Xlog:aot=error,aot+codecache+stubs=error:stderr", "-D" + Relaunch.RELAUNCHED + "=true",
                "-jar", PLAIN_JAR.toString(), "serve", "--port", "0", "--data", "dữ liệu"));
    }

    @Test
    void anIngestIsRelaunchedOnTheParallelCollectorWithTheHeapTheUserGave() {
        List<String> arguments = List.of("-Xmx1g", "-jar", "target/vbtrace.jar", "ingest", "corpus", "--json");

        assertThat(Relaunch.relaunched("/jdk/bin/java", arguments, PLAIN_JAR, CACHE, GIB, false, JDK)).contains(List.of(
                "/jdk/bin/java", "-Xmx1g", "-XX:+UseParallelGC", ALLOW_UNSAFE, "-XX:AOTCache=" + CACHE,
                "-Xlog:aot=off,aot+codecache+stubs=off", "-Xlog:aot=error,aot+codecache+stubs=error:stderr", "-D" + Relaunch.RELAUNCHED + "=true",
                "-jar", PLAIN_JAR.toString(), "ingest", "corpus", "--json"));
        assertThat(Relaunch.relaunched("java", List.of("-XX:+UseG1GC", "-jar", "vbtrace.jar", "ingest", "corpus"), PLAIN_JAR,
                CACHE, GIB, false, JDK).orElseThrow()).contains("-XX:+UseG1GC").doesNotContain("-XX:+UseParallelGC");
    }

    @Test
    void leavesAStartThatNamesItsOwnCacheAsItIs() {
        assertThat(Relaunch.relaunched("java", List.of("-XX:AOTCache=mine.aot", "-jar", "vbtrace.jar", "serve"), PLAIN_JAR, CACHE, GIB, false, JDK))
                .isEmpty();
        assertThat(Relaunch.relaunched("java", List.of("-XX:AOTCacheOutput=new.aot", "-jar", "vbtrace.jar", "serve"), PLAIN_JAR,
                CACHE, GIB, false, JDK)).isEmpty();
    }

    @Test
    void leavesAStartWithoutDashJarAsItIs() {
        assertThat(Relaunch.relaunched("java", List.of("-cp", "a.jar", "vn.vbtrace.VbtraceApplication", "serve"), PLAIN_JAR, CACHE, GIB, false, JDK))
                .isEmpty();
    }

    @Test
    void anyOtherCommandIsRelaunchedOnTheCommandLinesCacheWithNothingAdded() {
        Path cliCache = PLAIN_JAR.resolveSibling(Relaunch.CLI_CACHE);
        assertThat(Relaunch.relaunched("java", List.of("-jar", "target/vbtrace.jar", "search", "kinh phí", "--json"), PLAIN_JAR,
                cliCache, GIB, false, JDK)).contains(List.of("java", ALLOW_UNSAFE, "-XX:AOTCache=" + cliCache,
                "-Xlog:aot=off,aot+codecache+stubs=off", "-Xlog:aot=error,aot+codecache+stubs=error:stderr",
                "-D" + Relaunch.RELAUNCHED + "=true", "-jar", PLAIN_JAR.toString(), "search", "kinh phí", "--json"));
    }

    @Test
    void withoutACacheServeAndIngestAreRelaunchedOnTheSameJarWithWhatTheyAdd() {
        assertThat(Relaunch.uncached("/jdk/bin/java", List.of("-Xmx1g", "-Dx=y z", "-jar", "target/vbtrace.jar", "serve",
                "--data", "dữ liệu"), GIB, JDK)).contains(List.of("/jdk/bin/java", "-Xmx1g", "-Dx=y z", "-Xms1024m",
                "-XX:MaxNewSize=192m", ALLOW_UNSAFE, "-D" + Relaunch.RELAUNCHED + "=true", "-jar", "target/vbtrace.jar", "serve", "--data",
                "dữ liệu"));
        assertThat(Relaunch.uncached("java", List.of("-jar", "vbtrace.jar", "ingest", "corpus"), GIB, JDK)).contains(List.of(
                "java", "-XX:+UseParallelGC", ALLOW_UNSAFE, "-D" + Relaunch.RELAUNCHED + "=true", "-jar", "vbtrace.jar", "ingest", "corpus"));
    }

    @Test
    void withoutACacheACommandThatAddsNothingIsNotRelaunched() {
        // serve without a maximum heap (ServeHeap adds nothing), a search, an ingest whose collector the user chose.
        assertThat(Relaunch.uncached("java", List.of("-jar", "vbtrace.jar", "serve"), GIB, JDK)).isEmpty();
        assertThat(Relaunch.uncached("java", List.of("-Xmx1g", "-jar", "vbtrace.jar", "search", "kinh phí"), GIB, JDK)).isEmpty();
        assertThat(Relaunch.uncached("java", List.of("-XX:+UseG1GC", "-jar", "vbtrace.jar", "ingest", "corpus"), GIB, JDK)).isEmpty();
        assertThat(Relaunch.uncached("java", List.of("-Xmx1g", "-XX:SharedArchiveFile=mine.jsa", "-jar", "vbtrace.jar",
                "serve"), GIB, JDK)).isEmpty();
        assertThat(Relaunch.uncached("java", List.of("-Xmx1g", "-jar", "vbtrace.jar"), GIB, JDK)).isEmpty();
    }

    @Test
    void aCommandAServerAnswersRunsAsAShortClientUnlessTheUserChoseOtherwise() {
        Path cliCache = PLAIN_JAR.resolveSibling(Relaunch.CLI_CACHE);
        assertThat(Relaunch.relaunched("java", List.of("-Dx=y", "-jar", "target/vbtrace.jar", "search", "kinh phí"), PLAIN_JAR,
                cliCache, GIB, true, JDK)).contains(List.of("java", "-Dx=y", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                ALLOW_UNSAFE, "-XX:AOTCache=" + cliCache, "-Xlog:aot=off,aot+codecache+stubs=off", "-Xlog:aot=error,aot+codecache+stubs=error:stderr",
                "-D" + Relaunch.RELAUNCHED + "=true", "-jar", PLAIN_JAR.toString(), "search", "kinh phí"));
        assertThat(Relaunch.relaunched("java", List.of("-XX:+UseG1GC", "-jar", "vbtrace.jar", "chain", "1322/QĐ-TTg"), PLAIN_JAR,
                cliCache, GIB, true, JDK).orElseThrow()).contains("-XX:TieredStopAtLevel=1").doesNotContain("-XX:+UseSerialGC");
        assertThat(Relaunch.relaunched("java", List.of("-XX:-TieredCompilation", "-jar", "vbtrace.jar", "programs"), PLAIN_JAR,
                cliCache, GIB, true, JDK).orElseThrow()).contains("-XX:+UseSerialGC").doesNotContain("-XX:TieredStopAtLevel=1");
    }

    @Test
    void neo4jsMemoryAccessIsAllowedOnAJdkThatKnowsTheOptionUnlessTheUserChoseAMode() {
        List<String> ingest = List.of("-jar", "vbtrace.jar", "ingest", "corpus");
        assertThat(Relaunch.uncached("java", ingest, GIB, 21)).as("JDK 21 does not know the option").contains(List.of(
                "java", "-XX:+UseParallelGC", "-D" + Relaunch.RELAUNCHED + "=true", "-jar", "vbtrace.jar", "ingest", "corpus"));
        assertThat(Relaunch.uncached("java", ingest, GIB, 23).orElseThrow()).contains(ALLOW_UNSAFE);
        assertThat(Relaunch.relaunched("java", List.of("--sun-misc-unsafe-memory-access=deny", "-jar", "vbtrace.jar", "serve"),
                PLAIN_JAR, CACHE, GIB, false, JDK).orElseThrow()).contains("--sun-misc-unsafe-memory-access=deny").doesNotContain(ALLOW_UNSAFE);
    }

    @Test
    void theDataFolderIsTheOneTheArgumentsName() {
        assertThat(Relaunch.dataFolder(new String[] {"search", "kinh phí", "--data", "/srv/kho"})).isEqualTo(Path.of("/srv/kho"));
        assertThat(Relaunch.dataFolder(new String[] {"chain", "--data=/srv/kho", "1322/QĐ-TTg"})).isEqualTo(Path.of("/srv/kho"));
        assertThat(Relaunch.dataFolder(new String[] {"programs"})).isEqualTo(Path.of("data"));
    }

    @Test
    void aServerHoldsTheFolderOnlyWhileTheProcessItsNoteNamesLives(@TempDir Path data) throws Exception {
        assertThat(Relaunch.serverHolds(data)).as("no note").isFalse();

        Files.writeString(data.resolve(Relaunch.SERVER_NOTE), "{\"port\":8080,\"pid\":" + ProcessHandle.current().pid() + "}");
        assertThat(Relaunch.serverHolds(data)).as("a note naming a live process").isTrue();

        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Files.writeString(data.resolve(Relaunch.SERVER_NOTE), "{\"pid\": " + ended.pid() + ", \"port\": 8080}");
        assertThat(Relaunch.serverHolds(data)).as("a note left by a process that ended").isFalse();
    }

    @Test
    void onlyServeAndIngestReplaceTheirProcess() {
        assertThat(Relaunch.replaces(new String[] {"serve", "--port", "0"})).isTrue();
        assertThat(Relaunch.replaces(new String[] {"ingest", "corpus"})).isTrue();
        assertThat(Relaunch.replaces(new String[] {"search", "serve"})).isFalse();
        assertThat(Relaunch.replaces(new String[] {"--help"})).isFalse();
        assertThat(Relaunch.replaces(new String[0])).isFalse();
    }

    @Test
    void aJvmNotStartedFromAJarIsNeverRelaunched() {
        // This JVM (the test's) is not run as java -jar vbtrace.jar; options alone are not a command.
        assertThat(Relaunch.command(new String[] {"--help"})).isEmpty();
        assertThat(Relaunch.command(new String[] {"search", "x"})).isEmpty();
        assertThat(Relaunch.command(new String[] {"serve"})).isEmpty();
        assertThat(Relaunch.command(new String[] {"ingest", "corpus"})).isEmpty();
    }
}
