package vn.vbtrace.ingest;

import vn.vbtrace.document.TextFold;
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
     * is then re-derived from its stored originals when the stores open (see Stores). ExtractionFingerprintTests
     * fails when the corpus texts derive differently at the same version (src/test/resources/extraction-fingerprint.properties).
     */
    // 4: issue 10 (issuers of every level, provenance, legacy encodings); 5: issue 11 (the learned-words field text_w);
    // 6: issue 9 (task index, citer counts, statement dates and gzip-compressed originals written by the batched ingest);
    // 7: issue 9 (the index leaves out the analysed fields the product's ranking does not read: learned words, headings)
    // 8: issue 9 (the citation edges' dates in the index, CITED_ON and CITED_FIRST, and the day of issue to sort citers)
    // 9: issue 11 (the subject line's syllables and share in the index, SUBJECT_FOLDED and SUBJECT_SHARE)
    // 10: issue 11 (the analysed fields and the duty clauses' words hold each syllable in one spelling of i and y: "kĩ"
    // as "kỹ", document.Spelling)
    // 11: serials of seven digits are read (DocumentNumberFinder.SERIAL_MAX_DIGITS; six before)
    // 12: issue 9 (each duty clause holds the ids its document cites, TaskClauses.CITES_ID, and its body's keys,
    // TaskClauses.BODY_KEY: a program's duties and a body's obligations are found in the task index, not read from
    // the graph)
    // 13: issue 9 (each duty clause holds its deadline's dates as numbers, TaskClauses.DUE_DATE and DUE_YEARLY: a
    // body's obligations are paged soonest due first, and counted, by the index)
    // 14: forms of unseen openings (devset-fresh): a number typed with an en dash ("QĐ–UBND"), a panel's label glued to
    // the number, "tháng12", agencies (Tổng cục, Cục, Chi cục) as issuers, "Pháp lệnh X ban hành ngày", long amending
    // laws, "Ngày D, X đã ban hành ...", "của Tỉnh ủy" in a province's document
    // 15: a reference's issuer is the maker its text names (a list's shared maker, the sentence's maker before "đã ban
    // hành", a portal list's "do X ban hành"); the maker its number's code or type implies is kept apart (impliedIssuer)
    // 16: a district's issuer placed in its province by the list of districts when its header leaves the province out
    // ("ỦY BAN NHÂN DÂN QUẬN 8": UBND quận 8, thành phố Hồ Chí Minh; vocab/districts.tsv); the number's "UBND" placed by
    // the place line when the header's committee is not read; "Ban Thường vụ Tỉnh ủy" placed in a province's document
    // 17: a council named by its level and not its place ("của UBND tỉnh" in a district's document, "của HĐND huyện" in
    // a commune's) placed at that level, not taken for the document's own; "Ban Chấp hành Đảng bộ tỉnh X", "Thường
    // trực Tỉnh ủy"; a news page's lead ("X vừa ký Công điện số ..."); "27/2010/QĐ .UBND", "100 - KL/TW"; a council's
    // resolution dated after its term ("khoá 16, kỳ họp thứ 21 ngày ..."); a district named alike in several provinces
    // placed by the one the text names; syllables a page glued together set apart by the normalizer ("Ủy bannhân dân",
    // "pháptại", "VỀVIỆC"; vocab/syllables.tsv)
    // 18: a party committee's board on the header's line under it ("TỈNH ỦY X" / "BAN TUYÊN GIÁO", "BAN CHẤP HÀNH TRUNG
    // ƯƠNG" / "ỦY BAN KIỂM TRA"); a paper's joint makers when its number says so ("của Bộ Chính trị, Ban Bí thư"); the
    // National Assembly's committees; "Ngày D X có Văn bản chỉ đạo số N"; a year split by a space, "tháng" for "năm";
    // law names with a comma ("Luật Phổ biến, giáo dục pháp luật") or a bare date; "Luật A và số N" not A's number
    // 19: duties as real texts write them (duties-fresh): a closing article's offices and shared heads ("Giám đốc các
    // Sở: Tài chính, Nội vụ"), groups of councils, "đề nghị / yêu cầu" named bodies, bodies that are their clause's
    // subject, a report with its addressee after a comma, a request's items; a province's police, commands and Front
    // 20: more of duties-fresh's forms: communes and districts named bare ("Xã Sen Phương"), steering committees by
    // field and level, public service units ("Trung tâm Y tế huyện") and a district's departments, a result sent up
    // ("và gửi kết quả về Sở ...") as a report, a comma or a province after the body asked, a list going on with
    // collectives no reader names, "chỉ đạo X" from an authority, a subject carried on into its paragraph's sentences;
    // a text without a header placed in the centrally-run city it names ("UBND TP Cần Thơ") when it names no "tỉnh"
    // 21: each duty clause holds its context's words (its document's title and number, the body's province;
    // TaskClauses.CONTEXT_WORDS): a "who is responsible" question may name the plan rather than the clause's words
    public static final int DERIVATION_VERSION = 21;

    /**
     * What one file may hold: a text longer than {@code maxCharacters} or citing more than {@code maxReferences}
     * documents is refused with a clear error rather than left to slow everything else down. From the system
     * properties vbtrace.ingest.max-characters and vbtrace.ingest.max-references (or VBTRACE_INGEST_MAX_...).
     */
    public record Limits(long maxCharacters, long maxReferences) {

        public static final Limits DEFAULT = new Limits(5_000_000, 10_000);

        public static Limits fromEnvironment() {
            return new Limits(IngestSettings.setting("vbtrace.ingest.max-characters", DEFAULT.maxCharacters()),
                    IngestSettings.setting("vbtrace.ingest.max-references", DEFAULT.maxReferences()));
        }
    }

    private final DocumentParser parser;
    private final Extractor extractor;
    private final Limits limits;

    public Pipeline(DocumentParser parser, Extractor extractor, Limits limits) {
        this.parser = parser;
        this.extractor = extractor;
        this.limits = limits;
    }

    public Pipeline(DocumentParser parser, Extractor extractor) {
        this(parser, extractor, Limits.fromEnvironment());
    }

    public Pipeline() {
        this(new DocumentParser(), new Extractor());
    }

    public IngestedDocument process(String fileName, byte[] bytes, String source) throws ParseException {
        return process(fileName, bytes, source, DocumentNumbers.sha256Hex(bytes));
    }

    /** As {@link #process(String, byte[], String)}, with the bytes' SHA-256 already known. */
    public IngestedDocument process(String fileName, byte[] bytes, String source, String hash) throws ParseException {
        String raw = parser.parse(fileName, bytes).text();
        if (raw.length() > limits.maxCharacters()) {
            throw new ParseException(String.format(java.util.Locale.ROOT,
                    "văn bản dài %,d ký tự, vượt giới hạn %,d ký tự của một tệp (vbtrace.ingest.max-characters)",
                    raw.length(), limits.maxCharacters()));
        }
        String text = TextNormalizer.normalize(raw).text();
        Extraction extraction = extractor.extract(text);
        if (extraction.references().size() > limits.maxReferences()) {
            throw new ParseException(String.format(java.util.Locale.ROOT,
                    "tệp có %,d trích dẫn, vượt giới hạn %,d trích dẫn của một tệp (vbtrace.ingest.max-references)",
                    extraction.references().size(), limits.maxReferences()));
        }
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
            return DocumentNumbers.idForIdentity(TextFold.fold(meta.type() + "|" + meta.issuer() + "|" + meta.title())
                    .replaceAll("\\s+", " "));
        }
        return DocumentNumbers.idForIdentity("sha256:" + contentHash);
    }
}
