package vn.vbtrace.launch;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The jar's Main-Class, compiled for Java 8 (pom.xml) so that whatever {@code java} a user types runs it: vbtrace needs
 * Java 21, and a machine's default {@code java} is often older (Debian 12's is 17), on which the JVM would only say
 * "UnsupportedClassVersionError ... class file version 65.0". On Java 21 or newer it hands over to {@code JarStart}
 * at once. On an older one it looks for a JDK 21 or newer where the build looks for one ({@code JAVA_HOME},
 * {@code /usr/lib/jvm}, {@code /opt/java}, {@code /opt/jdk*}, and the usual folders of macOS and Windows), the newest
 * first (the AOT caches need 25), and runs the same command there with the same JVM options, as a child whose exit
 * status it ends with; when there is none it says so in one line and ends with 1.
 * <p>
 * Written in the language of Java 8 and with its library only: this class must load on any JVM.
 */
public final class NewEnoughJava {

    static final int REQUIRED = 21;
    static final String HAND_OVER_TO = "vn.vbtrace.launch.JarStart";

    private NewEnoughJava() {
    }

    public static void main(String[] args) throws Throwable {
        int running = feature(System.getProperty("java.specification.version"));
        if (running >= REQUIRED) {
            handOver(args);
            return;
        }
        File java = newest(candidates(System.getenv("JAVA_HOME"), System.getProperty("os.name", "")));
        String jar = System.getProperty("java.class.path", "");
        if (java == null || !jar.endsWith(".jar")) {
            System.err.println("vbtrace cần Java " + REQUIRED + " trở lên; java đang chạy là bản " + running + " ("
                    + System.getProperty("java.home") + ") và không tìm thấy JDK " + REQUIRED + "+ nào (JAVA_HOME, /usr/lib/jvm, "
                    + "/opt/java). / vbtrace needs Java " + REQUIRED + " or newer; this java is " + running
                    + ": install a JDK " + REQUIRED + "+ or set JAVA_HOME to one.");
            System.exit(1);
        }
        System.exit(runOn(java, jar, args));
    }

    /** The same command on {@code java}: this JVM's options, {@code -jar jar} and the arguments; its exit status. */
    private static int runOn(File java, String jar, String[] args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<String>();
        command.add(java.getPath());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.add("-jar");
        command.add(jar);
        command.addAll(Arrays.asList(args));
        final Process child = new ProcessBuilder(command).inheritIO().start();
        // A stop meant for this process (a service manager's signal to the pid it started) stops the child too.
        Runtime.getRuntime().addShutdownHook(new Thread(new Runnable() {
            @Override
            public void run() {
                if (child.isAlive()) {
                    child.destroy();
                    try {
                        child.waitFor();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
            }
        }));
        return child.waitFor();
    }

    private static void handOver(String[] args) throws Throwable {
        try {
            Class.forName(HAND_OVER_TO).getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** The feature release of a {@code java.specification.version} ("1.8" is 8, "17" is 17); 0 when unreadable. */
    static int feature(String specificationVersion) {
        String version = specificationVersion == null ? "" : specificationVersion.trim();
        if (version.startsWith("1.")) {
            version = version.substring(2);
        }
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
    }

    /** The JDK homes to look at: JAVA_HOME, then every folder in the places JDKs are installed on this system. */
    static List<File> candidates(String javaHome, String osName) {
        List<File> homes = new ArrayList<File>();
        if (javaHome != null && !javaHome.trim().isEmpty()) {
            homes.add(new File(javaHome.trim()));
        }
        String os = osName.toLowerCase(java.util.Locale.ROOT);
        if (os.contains("mac")) {
            for (File jdk : children(new File("/Library/Java/JavaVirtualMachines"))) {
                homes.add(new File(jdk, "Contents/Home"));
            }
        } else if (os.contains("win")) {
            for (String vendor : new String[] {"Java", "Eclipse Adoptium", "Microsoft", "Zulu", "Amazon Corretto"}) {
                homes.addAll(children(new File("C:\\Program Files", vendor)));
            }
        } else {
            homes.addAll(children(new File("/usr/lib/jvm")));
            homes.addAll(children(new File("/opt/java")));
            for (File folder : children(new File("/opt"))) {
                if (folder.getName().startsWith("jdk")) {
                    homes.add(folder);
                }
            }
        }
        return homes;
    }

    /** The java of the newest JDK {@value #REQUIRED}+ among {@code homes}; null when none is. */
    static File newest(List<File> homes) {
        File best = null;
        int bestFeature = 0;
        for (File home : homes) {
            File java = javaOf(home);
            int feature = releaseFeature(home);
            if (java != null && feature >= REQUIRED && feature > bestFeature) {
                best = java;
                bestFeature = feature;
            }
        }
        return best;
    }

    /** The feature release a JDK's {@code release} file names ({@code JAVA_VERSION="25.0.3"}); 0 without one. */
    static int releaseFeature(File home) {
        File release = new File(home, "release");
        if (!release.isFile()) {
            return 0;
        }
        try {
            for (String line : Files.readAllLines(release.toPath(), StandardCharsets.UTF_8)) {
                if (line.startsWith("JAVA_VERSION=")) {
                    return feature(line.substring("JAVA_VERSION=".length()).replace("\"", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            return 0;
        }
        return 0;
    }

    private static File javaOf(File home) {
        for (String name : new String[] {"java", "java.exe"}) {
            File java = new File(new File(home, "bin"), name);
            if (java.isFile() && java.canExecute()) {
                return java;
            }
        }
        return null;
    }

    private static List<File> children(File folder) {
        File[] found = folder.listFiles(File::isDirectory);
        if (found == null) {
            return new ArrayList<File>();
        }
        Arrays.sort(found);
        return new ArrayList<File>(Arrays.asList(found));
    }
}
