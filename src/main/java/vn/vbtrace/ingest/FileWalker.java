package vn.vbtrace.ingest;

import vn.vbtrace.parse.FileFormats;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** The files an ingest of some paths covers, each with the source name it is recorded under. */
public final class FileWalker {

    /** A file to ingest, or a path that cannot be (error set). */
    public record Candidate(Path path, String source, String error) {
    }

    public List<Candidate> expand(List<Path> roots) {
        List<Candidate> out = new ArrayList<>();
        for (Path root : roots) {
            Path absolute = root.toAbsolutePath().normalize();
            if (!Files.exists(absolute)) {
                out.add(new Candidate(root, root.toString(), "no such file or directory"));
            } else if (Files.isDirectory(absolute)) {
                out.addAll(walk(absolute));
            } else if (!FileFormats.isSupported(absolute)) {
                out.add(new Candidate(root, root.getFileName().toString(),
                        "unsupported file type (supported: " + String.join(", ", FileFormats.supported().stream().sorted().toList()) + ")"));
            } else {
                out.add(new Candidate(absolute, absolute.getFileName().toString(), null));
            }
        }
        return out;
    }

    /**
     * Supported files under a folder, named relative to the folder's parent ("corpus/x.txt").
     * Deeper files come first, so where renditions in a sub-folder carry the same document as
     * a text at the top, the top-level original is the version the document page shows.
     */
    private static List<Candidate> walk(Path dir) {
        Path base = dir.getParent() == null ? dir : dir.getParent();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .filter(FileFormats::isSupported)
                    .sorted(Comparator.comparingInt((Path path) -> -path.getNameCount()).thenComparing(Path::toString))
                    .map(path -> new Candidate(path, base.relativize(path).toString().replace('\\', '/'), null))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }
}
