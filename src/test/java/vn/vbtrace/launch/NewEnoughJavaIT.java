package vn.vbtrace.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The packaged jar run by a java older than 21, as a user whose default java is (Debian 12's 17): the command runs on
 * a JDK 21+ of the machine, rather than ending in UnsupportedClassVersionError.
 */
class NewEnoughJavaIT {

    private static final Path JAR = Path.of("target", "vbtrace.jar");

    @Test
    void anOlderJavaRunsTheCommandOnANewEnoughJdk(@TempDir Path dir) throws Exception {
        Optional<File> old = NewEnoughJava.candidates(null, System.getProperty("os.name")).stream()
                .filter(home -> NewEnoughJava.releaseFeature(home) > 0 && NewEnoughJava.releaseFeature(home) < NewEnoughJava.REQUIRED)
                .map(home -> new File(home, "bin/java")).filter(File::canExecute).findFirst();
        assumeTrue(old.isPresent(), "a JDK older than 21 on this machine");
        Path out = dir.resolve("extract.json");
        Path err = dir.resolve("extract.err");
        Process extract = new ProcessBuilder(List.of(old.get().getPath(), "-jar", JAR.toString(), "extract",
                "corpus/2020-10-14_1852-QD-UBND_bac-kan-ke-hoach-1322.txt", "--json"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(extract.waitFor(3, TimeUnit.MINUTES)).as("the command ended").isTrue();
        assertThat(extract.exitValue()).as("exit status; standard error: " + Files.readString(err)).isZero();
        assertThat(Files.readString(out)).contains("\"number\" : \"1852/QĐ-UBND\"");
        assertThat(Files.readString(err)).doesNotContain("UnsupportedClassVersionError");
    }
}
