package vn.vbtrace.launch;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IngestCollectorTests {

    @Test
    void anIngestWhoseOptionsChooseNoCollectorRunsOnTheParallelOne() {
        assertThat(IngestCollector.options(List.of("-Xmx1g", "-Dx=y"))).containsExactly("-XX:+UseParallelGC");
        assertThat(IngestCollector.options(List.of())).containsExactly("-XX:+UseParallelGC");
    }

    @Test
    void theUsersOwnChoiceOfCollectorIsKept() {
        assertThat(IngestCollector.options(List.of("-Xmx1g", "-XX:+UseG1GC"))).isEmpty();
        assertThat(IngestCollector.options(List.of("-XX:+UseZGC"))).isEmpty();
        assertThat(IngestCollector.options(List.of("-XX:-UseParallelGC"))).isEmpty();
        // An option that only mentions a collector's tuning is no choice of collector.
        assertThat(IngestCollector.options(List.of("-XX:G1HeapRegionSize=4m"))).containsExactly("-XX:+UseParallelGC");
    }
}
