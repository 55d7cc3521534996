package vn.vbtrace.launch;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ServeHeapTests {

    private static final long MB = 1024L * 1024;

    @Test
    void aServerGivenAMaximumHeapHoldsItFromTheStartWithAThirdOfItYoungInASmallHeap() {
        assertThat(ServeHeap.options(List.of("-Xmx512m"), 512 * MB)).containsExactly("-Xms512m", "-XX:MaxNewSize=170m");
        assertThat(ServeHeap.options(List.of("-Dx=y", "-XX:MaxHeapSize=384m"), 384 * MB)).containsExactly("-Xms384m", "-XX:MaxNewSize=128m");
    }

    @Test
    void theYoungGenerationStaysAt192MbFromAGigabyteUp() {
        // What the resident memory grows with: 341 MB young at -Xmx1g put a 100,000-document server at 1,945-1,975 MB.
        assertThat(ServeHeap.options(List.of("-Xmx1g"), 1024 * MB)).containsExactly("-Xms1024m", "-XX:MaxNewSize=192m");
        assertThat(ServeHeap.options(List.of("-Xmx8g"), 8192 * MB)).containsExactly("-Xms8192m", "-XX:MaxNewSize=192m");
    }

    @Test
    void addsNothingWithoutAMaximumHeapNamed() {
        // The JVM's default maximum is a quarter of the machine: too much to hold from the start.
        assertThat(ServeHeap.options(List.of("-Dx=y"), 6144 * MB)).isEmpty();
    }

    @Test
    void sizesTheUserSetAreTheirs() {
        assertThat(ServeHeap.options(List.of("-Xmx1g", "-Xms256m"), 1024 * MB)).containsExactly("-XX:MaxNewSize=192m");
        assertThat(ServeHeap.options(List.of("-Xmx1g", "-Xmn100m"), 1024 * MB)).containsExactly("-Xms1024m");
        assertThat(ServeHeap.options(List.of("-Xmx1g", "-XX:InitialHeapSize=512m", "-XX:NewRatio=2"), 1024 * MB)).isEmpty();
    }
}
