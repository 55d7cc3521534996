package vn.vbtrace.launch;

import java.util.List;

/**
 * Neo4j's embedded store reaches memory through {@code sun.misc.Unsafe}, which JDK 24 and later warn about at its
 * first use: four lines on standard error ("A terminally deprecated method in sun.misc.Unsafe has been called") in
 * every command that opens the stores, under output a script may read. A later JDK refuses that access unless it is
 * allowed (JEP 471, JEP 498). So the relaunched JVM allows it by name, unless the user's options choose a mode
 * themselves; a JDK before 23 does not know the option and gets nothing.
 */
final class UnsafeMemoryAccess {

    static final String OPTION = "--sun-misc-unsafe-memory-access";
    /** The first JDK that knows {@link #OPTION}. */
    static final int FIRST_FEATURE = 23;

    private UnsafeMemoryAccess() {
    }

    /** The options to add to the user's JVM {@code options} on a JDK of feature release {@code jdkFeature}. */
    static List<String> options(List<String> options, int jdkFeature) {
        boolean chosen = options.stream().anyMatch(option -> option.startsWith(OPTION));
        return jdkFeature < FIRST_FEATURE || chosen ? List.of() : List.of(OPTION + "=allow");
    }
}
