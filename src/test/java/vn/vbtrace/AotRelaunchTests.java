package vn.vbtrace;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AotRelaunchTests {

    private static final Path PLAIN_JAR = Path.of("/app/target/vbtrace-aot/vbtrace.jar");
    private static final Path CACHE = Path.of("/app/target/vbtrace-aot/vbtrace.aot");
    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void keepsTheJvmOptionsAndTheArgumentsAndNamesThePlainJarAndTheCache() {
        List<String> arguments = List.of("-Xmx1g", "-Dx=y z", "-jar", "target/vbtrace.jar", "serve", "--port", "0", "--data", "dữ liệu");

        assertThat(AotRelaunch.relaunched("/jdk/bin/java", arguments, PLAIN_JAR, CACHE, GIB)).contains(List.of(
                "/jdk/bin/java", "-Xmx1g", "-Dx=y z", "-Xms1024m", "-XX:MaxNewSize=192m", "-XX:AOTCache=" + CACHE,
                "-Xlog:aot=off,aot+codecache+stubs=off", "-Xlog:aot=error,aot+codecache+stubs=error:stderr", "-D" + AotRelaunch.RELAUNCHED + "=true",
                "-jar", PLAIN_JAR.toString(), "serve", "--port", "0", "--data", "dữ liệu"));
    }

    @Test
    void anIngestIsRelaunchedOnTheParallelCollectorWithTheHeapTheUserGave() {
        List<String> arguments = List.of("-Xmx1g", "-jar", "target/vbtrace.jar", "ingest", "corpus", "--json");

        assertThat(AotRelaunch.relaunched("/jdk/bin/java", arguments, PLAIN_JAR, CACHE, GIB)).contains(List.of(
                "/jdk/bin/java", "-Xmx1g", "-XX:+UseParallelGC", "-XX:AOTCache=" + CACHE,
                "-Xlog:aot=off,aot+codecache+stubs=off", "-Xlog:aot=error,aot+codecache+stubs=error:stderr", "-D" + AotRelaunch.RELAUNCHED + "=true",
                "-jar", PLAIN_JAR.toString(), "ingest", "corpus", "--json"));
        assertThat(AotRelaunch.relaunched("java", List.of("-XX:+UseG1GC", "-jar", "vbtrace.jar", "ingest", "corpus"), PLAIN_JAR,
                CACHE, GIB).orElseThrow()).contains("-XX:+UseG1GC").doesNotContain("-XX:+UseParallelGC");
    }

    @Test
    void leavesAStartThatNamesItsOwnCacheAsItIs() {
        assertThat(AotRelaunch.relaunched("java", List.of("-XX:AOTCache=mine.aot", "-jar", "vbtrace.jar", "serve"), PLAIN_JAR, CACHE, GIB))
                .isEmpty();
        assertThat(AotRelaunch.relaunched("java", List.of("-XX:AOTCacheOutput=new.aot", "-jar", "vbtrace.jar", "serve"), PLAIN_JAR,
                CACHE, GIB)).isEmpty();
    }

    @Test
    void leavesAStartWithoutDashJarAsItIs() {
        assertThat(AotRelaunch.relaunched("java", List.of("-cp", "a.jar", "vn.vbtrace.VbtraceApplication", "serve"), PLAIN_JAR, CACHE, GIB))
                .isEmpty();
    }

    @Test
    void anyOtherCommandIsRelaunchedOnTheCommandLinesCacheWithNothingAdded() {
        Path cliCache = PLAIN_JAR.resolveSibling(AotRelaunch.CLI_CACHE);
        assertThat(AotRelaunch.relaunched("java", List.of("-jar", "target/vbtrace.jar", "search", "kinh phí", "--json"), PLAIN_JAR,
                cliCache, GIB)).contains(List.of("java", "-XX:AOTCache=" + cliCache,
                "-Xlog:aot=off,aot+codecache+stubs=off", "-Xlog:aot=error,aot+codecache+stubs=error:stderr",
                "-D" + AotRelaunch.RELAUNCHED + "=true", "-jar", PLAIN_JAR.toString(), "search", "kinh phí", "--json"));
    }

    @Test
    void withoutACacheServeAndIngestAreRelaunchedOnTheSameJarWithWhatTheyAdd() {
        assertThat(AotRelaunch.uncached("/jdk/bin/java", List.of("-Xmx1g", "-Dx=y z", "-jar", "target/vbtrace.jar", "serve",
                "--data", "dữ liệu"), GIB)).contains(List.of("/jdk/bin/java", "-Xmx1g", "-Dx=y z", "-Xms1024m",
                "-XX:MaxNewSize=192m", "-D" + AotRelaunch.RELAUNCHED + "=true", "-jar", "target/vbtrace.jar", "serve", "--data",
                "dữ liệu"));
        assertThat(AotRelaunch.uncached("java", List.of("-jar", "vbtrace.jar", "ingest", "corpus"), GIB)).contains(List.of(
                "java", "-XX:+UseParallelGC", "-D" + AotRelaunch.RELAUNCHED + "=true", "-jar", "vbtrace.jar", "ingest", "corpus"));
    }

    @Test
    void withoutACacheACommandThatAddsNothingIsNotRelaunched() {
        // serve without a maximum heap (ServeHeap adds nothing), a search, an ingest whose collector the user chose.
        assertThat(AotRelaunch.uncached("java", List.of("-jar", "vbtrace.jar", "serve"), GIB)).isEmpty();
        assertThat(AotRelaunch.uncached("java", List.of("-Xmx1g", "-jar", "vbtrace.jar", "search", "kinh phí"), GIB)).isEmpty();
        assertThat(AotRelaunch.uncached("java", List.of("-XX:+UseG1GC", "-jar", "vbtrace.jar", "ingest", "corpus"), GIB)).isEmpty();
        assertThat(AotRelaunch.uncached("java", List.of("-Xmx1g", "-XX:SharedArchiveFile=mine.jsa", "-jar", "vbtrace.jar",
                "serve"), GIB)).isEmpty();
        assertThat(AotRelaunch.uncached("java", List.of("-Xmx1g", "-jar", "vbtrace.jar"), GIB)).isEmpty();
    }

    @Test
    void aJvmNotStartedFromAJarIsNeverRelaunched() {
        // This JVM (the test's) is not run as java -jar vbtrace.jar; options alone are not a command.
        assertThat(AotRelaunch.command(new String[] {"--help"})).isEmpty();
        assertThat(AotRelaunch.command(new String[] {"search", "x"})).isEmpty();
        assertThat(AotRelaunch.command(new String[] {"serve"})).isEmpty();
        assertThat(AotRelaunch.command(new String[] {"ingest", "corpus"})).isEmpty();
    }
}
