package vn.vbtrace.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NewEnoughJavaTests {

    @Test
    void readsTheFeatureReleaseOfOldAndNewVersionStrings() {
        assertThat(NewEnoughJava.feature("1.8")).isEqualTo(8);
        assertThat(NewEnoughJava.feature("17")).isEqualTo(17);
        assertThat(NewEnoughJava.feature("25.0.3")).isEqualTo(25);
        assertThat(NewEnoughJava.feature("21-ea")).isEqualTo(21);
        assertThat(NewEnoughJava.feature("")).isZero();
        assertThat(NewEnoughJava.feature(null)).isZero();
    }

    @Test
    void picksTheNewestJdkOf21OrMoreThatHasAJava(@TempDir Path jvms) throws IOException {
        Path jdk17 = jdk(jvms.resolve("java-17-openjdk"), "17.0.13", true);
        Path jdk21 = jdk(jvms.resolve("jdk-21"), "21.0.5", true);
        Path jdk25 = jdk(jvms.resolve("temurin-25-jdk"), "25.0.3", true);
        Path broken26 = jdk(jvms.resolve("jdk-26-without-java"), "26", false);
        Path noRelease = Files.createDirectories(jvms.resolve("unknown"));

        assertThat(NewEnoughJava.newest(files(jdk17, jdk21, broken26, jdk25, noRelease)))
                .isEqualTo(jdk25.resolve("bin/java").toFile());
        assertThat(NewEnoughJava.newest(files(jdk17, jdk21))).isEqualTo(jdk21.resolve("bin/java").toFile());
        assertThat(NewEnoughJava.newest(files(jdk17, broken26, noRelease))).as("nothing new enough").isNull();
        assertThat(NewEnoughJava.releaseFeature(jdk17.toFile())).isEqualTo(17);
    }

    @Test
    void looksAtJavaHomeFirstThenTheSystemsFolders() {
        List<File> homes = NewEnoughJava.candidates("/srv/jdk-25", "Linux");
        assertThat(homes.getFirst()).isEqualTo(new File("/srv/jdk-25"));
        assertThat(NewEnoughJava.candidates("  ", "Linux")).doesNotContain(new File("  "));
    }

    private static Path jdk(Path home, String version, boolean withJava) throws IOException {
        Files.createDirectories(home.resolve("bin"));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Someone\"\nJAVA_VERSION=\"" + version + "\"\n");
        if (withJava) {
            Path java = Files.writeString(home.resolve("bin/java"), "#!/bin/sh\n");
            assertThat(java.toFile().setExecutable(true)).isTrue();
        }
        return home;
    }

    private static List<File> files(Path... homes) {
        return java.util.Arrays.stream(homes).map(Path::toFile).toList();
    }
}
