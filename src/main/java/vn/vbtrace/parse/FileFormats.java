package vn.vbtrace.parse;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/** The file kinds vbtrace ingests, by extension. */
public final class FileFormats {

    private static final Set<String> SUPPORTED = Set.of("txt", "html", "htm", "pdf", "doc", "docx", "odt", "rtf");

    private FileFormats() {
    }

    public static String extension(Path path) {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    public static boolean isSupported(Path path) {
        return SUPPORTED.contains(extension(path));
    }

    public static Set<String> supported() {
        return SUPPORTED;
    }
}
