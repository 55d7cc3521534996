package vn.vbtrace.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The JVM options a command adds when a server holds its data folder: the command is then a client that sends one
 * request and prints the answer, well under a second, and the JVM's defaults for a long-running program only add CPU
 * to it. {@code -XX:TieredStopAtLevel=1}: no optimising compiler, whose threads compiled the client's code for
 * answers it never gives twice; {@code -XX:+UseSerialGC}: no collector threads, barriers or concurrent work for a heap
 * that is hardly used. A search through a server on the two-core build machine, 100,000 documents (session 47): CPU
 * 1.14 s without them, 0.76 s with both. A command that opens the stores itself (no server) keeps the defaults: it may
 * run for minutes ({@code reextract}, a catalog's import).
 * <p>
 * Nothing is added that the user's options choose themselves: a collector, or how far the JIT compiles.
 */
final class ClientJvm {

    /** -XX:TieredStopAtLevel=N, -XX:-TieredCompilation, -Xint, -Xcomp: any choice of how the JIT compiles. */
    private static final Pattern COMPILATION = Pattern.compile("-XX:TieredStopAtLevel=\\d|-XX:[+-]TieredCompilation|-Xint|-Xcomp");

    private ClientJvm() {
    }

    /** The options to add to the user's JVM {@code options}. */
    static List<String> options(List<String> options) {
        List<String> added = new ArrayList<>();
        if (options.stream().noneMatch(option -> COMPILATION.matcher(option).matches())) {
            added.add("-XX:TieredStopAtLevel=1");
        }
        if (!JvmOptions.chooseCollector(options)) {
            added.add("-XX:+UseSerialGC");
        }
        return added;
    }
}
