package vn.vbtrace.index;

import vn.vbtrace.document.FilterField;
/** Every Lucene field name in one place, with why each has the type it has. */
public final class IndexFields {

    private IndexFields() {
    }

    /** KeywordField, stored: the document id; updateDocument replaces by this term. */
    public static final String ID = "id";
    /** StoredField: path relative to the ingested folder. */
    public static final String SOURCE = "source";
    /** Stored: the number as written officially. */
    public static final String NUMBER = "number";
    /** KeywordField: DocumentNumbers.key(number), so "1322/qd-ttg" finds "1322/QĐ-TTg". */
    public static final String NUMBER_KEY = "numberKey";
    /** KeywordField: the leading digits of the number, for "QĐ 1322" and "quyết định 1322". */
    public static final String NUMBER_DIGITS = "numberDigits";
    /** KeywordField, multi-valued: digits + "|" + each code of the number ("1852|qd", "1852|ubnd"), for "QĐ 1852". */
    public static final String NUMBER_TYPED = "numberTyped";
    /** KeywordField, multi-valued: the same for every number this document cites, so "QĐ 1322" finds its citers. */
    public static final String CITES_TYPED = "citesTyped";
    /** KeywordField, multi-valued: number keys this document cites, so a cited-only number finds its citers. */
    public static final String CITES = "cites";
    /** KeywordField, multi-valued: the ids of the documents (and stubs) this one cites, for counting a document's citers by issuer and year. */
    public static final String CITES_ID = "citesId";
    /** KeywordField, multi-valued: "cited id|RELATION" per reference relation, for counting a document's citers by relation. */
    public static final String CITED_AS = "citedAs";
    /**
     * StringField, multi-valued: "cited id|ISO date" for each date this document's edges to a cited document give
     * it ({@link vn.vbtrace.document.CitationEdges}), once per date: a term's document count is how many citers give
     * that date, which the draft check weighs without visiting the citers.
     */
    public static final String CITED_ON = "citedOn";
    /**
     * StringField, multi-valued: "cited id|ISO date" of the first edge to each cited document ("cited id|" when that
     * mention gives no date): exactly one per citer and cited document, so the citers dating a document otherwise
     * than a draft does are one query.
     */
    public static final String CITED_FIRST = "citedFirst";
    /** NumericDocValues: the day of issue (epoch day), to list a document's citers newest or oldest first. */
    public static final String ISSUED_DAY = "issuedDay";
    /**
     * Stored: the document type and issuer as a hit shows them. These and the other fields of the filters and facets
     * (a key field to filter on, doc values to count) are named by {@link FilterField}.
     */
    public static final String TYPE = "type";
    public static final String ISSUER = "issuer";
    /** NumericDocValues: the validity status code (ValidityCodes), updated in place when the status changes. */
    public static final String STATUS = "status";
    /** Stored ISO date. */
    public static final String ISSUED_DATE = "issuedDate";
    /** IntField: year of issue for range filters. */
    public static final String YEAR = "year";
    /** Stored title. */
    public static final String TITLE = "title";
    /**
     * Stored normalized full text: the text the document page shows and snippets come from. Stored under the name
     * "body" that existing indexes already use (renaming the field would re-derive every repository for nothing).
     */
    public static final String STORED_TEXT = "body";
    /** Stored JSON of the extraction, so the document page needs no re-extraction. */
    public static final String EXTRACTION = "extraction";
    /** Stored hash of the original file of the current version. */
    public static final String CONTENT_HASH = "contentHash";

    /** Analyzed copies of title + text: syllables, 2-syllable shingles, and both folded (positions on the folded syllables only). */
    public static final String TEXT = "text";
    public static final String TEXT_SHINGLES = "text_sh";
    public static final String TEXT_FOLDED = "text_f";
    public static final String TEXT_FOLDED_SHINGLES = "text_fsh";

    /**
     * The learned multi-syllable words of title + text (vocab/words.tsv: "hợp đồng lao động", "ủy ban
     * nhân dân"), folded: a term per word, so a word of three or four syllables has its own
     * document frequency, and two syllables that only meet across a word boundary make no term.
     */
    public static final String TEXT_WORDS = "text_w";

    /** KeywordField, multi-valued: the distinct folded syllables of the document's subject line ({@link Subject}). */
    public static final String SUBJECT_FOLDED = "subj_f";
    /** FloatDocValues: the share one syllable is of the subject line (1 / the number of its distinct syllables). */
    public static final String SUBJECT_SHARE = "subj_share";

    /** The same four analyses of the headings (Headings): what the document's parts are about. */
    public static final String HEADINGS = "heads";
    public static final String HEADINGS_SHINGLES = "heads_sh";
    public static final String HEADINGS_FOLDED = "heads_f";
    public static final String HEADINGS_FOLDED_SHINGLES = "heads_fsh";
}
