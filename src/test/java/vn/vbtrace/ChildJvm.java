package vn.vbtrace;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A JVM started from a test as a user would start one: this JVM's java, with the module access the stores need. */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** {@code java}, the --add-opens and --enable-native-access options the test JVM was given, then {@code rest}. */
    public static List<String> command(String... rest) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (arg.startsWith("--add-opens") || arg.startsWith("--enable-native-access")) {
                command.add(arg);
            }
        }
        command.addAll(List.of(rest));
        return command;
    }
}
