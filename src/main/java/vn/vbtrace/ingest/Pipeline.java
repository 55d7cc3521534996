package vn.vbtrace.ingest;

import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.extract.Extractor;
import vn.vbtrace.parse.DocumentParser;
import vn.vbtrace.parse.ParseException;
import vn.vbtrace.parse.TextNormalizer;

import java.time.Instant;

/** parse → normalize → extract, storing nothing: what `extract` prints and what ingest stores. */
public final class Pipeline {

    /**
     * The version of everything derived from an original file: normalization, extraction, index fields
     * and graph writing. Raise it with any change to those; a data folder written by an older version
     * is then re-derived from its stored originals when the stores open (see Stores).
     */
    public static final int DERIVATION_VERSION = 5; // 4: issue 10 (issuers of every level, provenance, legacy encodings); 5: issue 11 (the learned-words field text_w)

    private final DocumentParser parser;
    private final Extractor extractor;

    public Pipeline(DocumentParser parser, Extractor extractor) {
        this.parser = parser;
        this.extractor = extractor;
    }

    public Pipeline() {
        this(new DocumentParser(), new Extractor());
    }

    public IngestedDocument process(String fileName, byte[] bytes, String source) throws ParseException {
        String raw = parser.parse(fileName, bytes).text();
        String text = TextNormalizer.normalize(raw).text();
        Extraction extraction = extractor.extract(text);
        String hash = DocumentNumbers.sha256Hex(bytes);
        return new IngestedDocument(idOf(extraction.document(), hash), source, hash, text, extraction, Instant.now());
    }

    public Extraction extractText(String rawText) {
        return extractor.extract(TextNormalizer.normalize(rawText).text());
    }

    /**
     * A numbered document is one thing however many files carry it (a .txt and its PDF share an
     * id, and a stub made for the number earlier is filled in place). A document without a number
     * is identified by its type, issuer and title, or failing those by its bytes.
     */
    static String idOf(DocumentMetadata meta, String contentHash) {
        if (meta.number() != null) {
            return DocumentNumbers.idForNumber(meta.number());
        }
        if (meta.title() != null && meta.type() != null) {
            return DocumentNumbers.idForIdentity(DocumentNumbers.fold(meta.type() + "|" + meta.issuer() + "|" + meta.title())
                    .replaceAll("\\s+", " "));
        }
        return DocumentNumbers.idForIdentity("sha256:" + contentHash);
    }
}
