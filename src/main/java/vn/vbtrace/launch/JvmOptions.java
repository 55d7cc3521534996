package vn.vbtrace.launch;

import java.util.List;
import java.util.regex.Pattern;

/** What a user's JVM options already choose, so that a relaunch adds nothing against them. */
final class JvmOptions {

    /** -XX:+UseG1GC, -XX:+UseParallelGC, -XX:-UseZGC ...: any choice of collector, made or refused. */
    private static final Pattern COLLECTOR = Pattern.compile("-XX:[+-]Use\\w*GC");

    private JvmOptions() {
    }

    static boolean chooseCollector(List<String> options) {
        return options.stream().anyMatch(option -> COLLECTOR.matcher(option).matches());
    }
}
