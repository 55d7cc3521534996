package vn.vbtrace.ingest;

import vn.vbtrace.parse.FileFormats;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The original files a document was read from (a decision may come as a text, a PDF and a saved portal page),
 * as the journal records them, for download. Each is named as it was ingested, by its file name only: where it
 * lay on the ingesting machine and where the data folder keeps it are nobody's business on a page.
 */
public final class StoredOriginals {

    /** The media type of each format vbtrace ingests; anything else is offered as bytes. */
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "txt", "text/plain",
            "html", "text/html",
            "htm", "text/html",
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt", "application/vnd.oasis.opendocument.text",
            "rtf", "application/rtf");

    private final Journal journal;
    private final OriginalFiles files;

    public StoredOriginals(Journal journal, OriginalFiles files) {
        this.journal = journal;
        this.files = files;
    }

    /**
     * One original: its file name, format (the extension), media type, size in bytes and SHA-256, which names it in
     * the download address.
     */
    public record Original(String name, String format, String mediaType, long size, String hash) {
    }

    /** The originals of a document, in the order they were ingested; empty for a document only cited. */
    public List<Original> of(String documentId) {
        List<Original> found = new ArrayList<>();
        // The journal keeps each stored file's last ingest in memory, by document: no disk read but the sizes.
        for (Journal.Entry entry : journal.committedOf(documentId)) {
            found.add(original(entry));
        }
        return found;
    }

    /** The original with this hash, if it belongs to the document. */
    public Optional<Original> find(String documentId, String hash) {
        return of(documentId).stream().filter(o -> o.hash().equalsIgnoreCase(hash)).findFirst();
    }

    public byte[] read(String documentId, Original original) {
        for (Journal.Entry entry : journal.committedOf(documentId)) {
            if (entry.hash().equals(original.hash())) {
                return files.read(entry.storedName());
            }
        }
        throw new IllegalStateException("no stored original " + original.hash() + " of " + documentId);
    }

    private Original original(Journal.Entry entry) {
        String name = fileName(entry.source());
        String format = FileFormats.extension(Path.of(name)).toLowerCase(Locale.ROOT);
        return new Original(name, format, MEDIA_TYPES.getOrDefault(format, "application/octet-stream"),
                files.size(entry.storedName()), entry.hash());
    }

    /** "corpus/renditions/1852-QD-UBND.pdf" → "1852-QD-UBND.pdf"; sources use '/', uploads may carry '\'. */
    static String fileName(String source) {
        if (source == null || source.isBlank()) {
            return "tep-goc";
        }
        String name = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? "tep-goc" : name;
    }
}
