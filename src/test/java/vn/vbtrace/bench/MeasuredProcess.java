package vn.vbtrace.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child process measured as an operator would: wall time, CPU time (user + system, read from this
 * process's children totals once the child is reaped) and peak resident memory (VmHWM, polled while it runs).
 * Linux only (/proc), as the benchmark machine is.
 */
final class MeasuredProcess {

    /** What a finished child cost. */
    record Cost(Duration wall, Duration cpu, long peakRssBytes, int exitCode) {
    }

    private final Process process;
    private final long started = System.nanoTime();
    private final long cpuBefore;
    private volatile long peakRss;
    private final Thread sampler;

    private MeasuredProcess(Process process, long cpuBefore) {
        this.process = process;
        this.cpuBefore = cpuBefore;
        this.sampler = Thread.ofPlatform().daemon().start(this::sample);
    }

    /** Starts the command with its standard output to {@code out} and its errors (logs) to {@code err}. */
    static MeasuredProcess start(List<String> command, Path out, Path err) throws IOException {
        return start(command, Map.of(), out, err);
    }

    /** As {@link #start(List, Path, Path)}, with these variables added to the child's environment. */
    static MeasuredProcess start(List<String> command, Map<String, String> environment, Path out, Path err) throws IOException {
        long cpu = childrenCpuNanos();
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(environment);
        return new MeasuredProcess(builder.start(), cpu);
    }

    Process process() {
        return process;
    }

    long pid() {
        return process.pid();
    }

    /** The child's JVM options as its process shows them now (after a relaunch, the relaunched JVM's): those before -jar. */
    List<String> jvmOptions() {
        List<String> arguments = List.of(process.info().arguments().orElse(new String[0]));
        int jar = arguments.indexOf("-jar");
        return jar < 0 ? arguments : arguments.subList(0, jar);
    }

    /** The child's peak resident set so far, in bytes. */
    long peakRss() {
        return peakRss;
    }

    /** The child's resident set now, in bytes. */
    long rss() {
        return status(process.pid(), "VmRSS:");
    }

    /** The part of the child's resident set that is mapped files (RssFile: the JVM's AOT cache, mapped index files), in bytes. */
    long rssOfMappedFiles() {
        return status(process.pid(), "RssFile:");
    }

    Duration sinceStart() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** Waits for the child to end by itself. */
    Cost await(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the child did not finish within " + timeout);
        }
        return cost();
    }

    /** Stops the child (SIGTERM, then SIGKILL after a while) and reports its cost. */
    Cost stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
        return cost();
    }

    private Cost cost() {
        sampler.interrupt();
        Duration wall = Duration.ofNanos(System.nanoTime() - started);
        return new Cost(wall, Duration.ofNanos(childrenCpuNanos() - cpuBefore), peakRss, process.exitValue());
    }

    private void sample() {
        while (process.isAlive()) {
            long hwm = status(process.pid(), "VmHWM:");
            if (hwm > peakRss) {
                peakRss = hwm;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /**
     * The peak resident set of a process we did not wait for (a server still running), in bytes: its VmHWM, summed
     * over it and its live descendants (a launcher script that exec's its JVM leaves one process).
     */
    static long peakRss(ProcessHandle process) {
        return tree(process).stream().mapToLong(p -> status(p.pid(), "VmHWM:")).sum();
    }

    /**
     * CPU time (user + system) a running process has used so far, with its live descendants and the children it
     * reaped, in nanoseconds: read before and after a stretch of work, the difference is what the work cost it.
     */
    static long cpuNanos(ProcessHandle process) {
        long ticks = 0;
        for (ProcessHandle p : tree(process)) {
            try {
                String[] f = statFields(Path.of("/proc", String.valueOf(p.pid()), "stat"));
                // utime 14, stime 15, cutime 16, cstime 17 (man proc); index 0 here is field 3.
                ticks += Long.parseLong(f[14 - 3]) + Long.parseLong(f[15 - 3]) + Long.parseLong(f[16 - 3]) + Long.parseLong(f[17 - 3]);
            } catch (IOException e) {
                // that process just ended
            }
        }
        return ticks * 1_000_000_000L / CLOCK_TICKS;
    }

    private static List<ProcessHandle> tree(ProcessHandle process) {
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.addFirst(process);
        return all;
    }

    private static long status(long pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).replace("kB", "").strip()) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the child just ended
        }
        return 0;
    }

    /** CPU time of this process's reaped children (cutime + cstime of /proc/self/stat), in nanoseconds. */
    static long childrenCpuNanos() {
        try {
            String[] f = statFields(Path.of("/proc/self/stat"));
            // After the command name: state is field 3 of the man page, index 0 here; cutime is 16, cstime 17.
            long ticks = Long.parseLong(f[16 - 3]) + Long.parseLong(f[17 - 3]);
            return ticks * 1_000_000_000L / CLOCK_TICKS;
        } catch (IOException e) {
            throw new IllegalStateException("this benchmark needs Linux's /proc", e);
        }
    }

    /** The fields of a /proc/PID/stat after the command name (which may hold spaces), the state first. */
    private static String[] statFields(Path stat) throws IOException {
        String text = Files.readString(stat);
        return text.substring(text.lastIndexOf(')') + 2).split(" ");
    }

    /** USER_HZ: the unit of /proc's CPU times (100 on every Linux this runs on). */
    private static final long CLOCK_TICKS = 100;
}
