package vn.vbtrace.bench;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ScaleBenchmarkTests {

    @Test
    void theTableSaysWhetherTheServerHeldItsHeapAndRanOnTheCache() {
        assertThat(ScaleBenchmark.heapAndCache(List.of("-Xmx1g", "-Xms1024m", "-XX:MaxNewSize=192m",
                "-XX:AOTCache=/app/target/vbtrace-aot/vbtrace.aot", "-Dvbtrace.aot.relaunched=true"))).isEqualTo("1024m, 192m; yes");
        assertThat(ScaleBenchmark.heapAndCache(List.of("-Xmx1g", "-Xms256m", "-Xms1g", "-Dvbtrace.aot.relaunched=true")))
                .as("the last of an option is the one the JVM takes").isEqualTo("1g, -; no");
        assertThat(ScaleBenchmark.heapAndCache(List.of("-Xmx1g"))).isEqualTo("-, -; no");
    }
}
