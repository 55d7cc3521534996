package vn.vbtrace.ingest;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Every original file ever ingested, stored under its SHA-256, so nothing uploaded is lost
 * and everything can be re-extracted after the extractor improves. Text-like originals (txt, html, rtf)
 * are kept gzip-compressed ("ab/ab12….txt.gz"): a fifth of their size, read back byte for byte; the
 * others (pdf, doc, docx, odt) are compressed already and kept as they came.
 */
public final class OriginalFiles {

    private static final Set<String> COMPRESSED = Set.of("txt", "html", "htm", "rtf");
    private static final String GZIP = ".gz";

    private final Path root;

    public OriginalFiles(Path root) {
        this.root = root;
    }

    /** Stores the bytes (once) and returns the stored name relative to the root, e.g. "ab/ab12….txt.gz". */
    public String store(String hash, String extension, byte[] bytes) {
        boolean compress = COMPRESSED.contains(extension);
        String name = hash.substring(0, 2) + "/" + hash + (extension.isEmpty() ? "" : "." + extension) + (compress ? GZIP : "");
        Path target = root.resolve(name);
        if (Files.exists(target)) {
            return name;
        }
        try {
            if (!Files.isDirectory(target.getParent())) {
                // Asked only when missing: for a folder that exists, createDirectories makes and drops an exception
                // (two per stored file, 150,000 in a 100,000-document ingest).
                Files.createDirectories(target.getParent());
            }
            Path temp = Files.createTempFile(target.getParent(), hash, ".part");
            Files.write(temp, compress ? gzip(bytes) : bytes);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the original file: " + e.getMessage(), e);
        }
    }

    /**
     * The original's size in bytes (not the compressed copy's: a user downloads the original), or -1 when it is
     * missing. A gzip file ends with its content's length modulo 2^32, exact under the upload limit.
     */
    public long size(String storedName) {
        Path path = root.resolve(storedName);
        try {
            if (!storedName.endsWith(GZIP)) {
                return Files.size(path);
            }
            try (FileChannel channel = FileChannel.open(path)) {
                ByteBuffer trailer = ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN);
                channel.read(trailer, channel.size() - 4);
                return Integer.toUnsignedLong(trailer.getInt(0));
            }
        } catch (IOException e) {
            return -1;
        }
    }

    public byte[] read(String storedName) {
        try {
            byte[] stored = Files.readAllBytes(root.resolve(storedName));
            if (!storedName.endsWith(GZIP)) {
                return stored;
            }
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the stored original " + storedName + ": " + e.getMessage(), e);
        }
    }

    /** The name the original had as a file of its kind ("ab12….txt"), whatever its stored name: what a parser reads by. */
    public static String fileName(String storedName) {
        String name = storedName.substring(storedName.lastIndexOf('/') + 1);
        return name.endsWith(GZIP) ? name.substring(0, name.length() - GZIP.length()) : name;
    }

    /** Compresses the bytes as {@link #store} does and drops them: a server's first upload then finds it warm. */
    public static void rehearseCompression(byte[] bytes) {
        try {
            gzip(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] gzip(byte[] bytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 3 + 64);
        try (OutputStream zip = new GZIPOutputStream(out, 8192) {
            {
                def.setLevel(Deflater.BEST_SPEED); // most of the gain for a fraction of the time of the default level
            }
        }) {
            zip.write(bytes);
        }
        return out.toByteArray();
    }
}
