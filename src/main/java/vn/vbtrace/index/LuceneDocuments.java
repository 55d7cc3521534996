package vn.vbtrace.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.IntField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.CitationEdges;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Json;
import vn.vbtrace.document.Reference;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Maps an ingested document to its Lucene document and back. */
final class LuceneDocuments {

    private LuceneDocuments() {
    }

    /**
     * The analysed fields a ranking with {@code tuning} reads. The syllable and pair fields always (matching,
     * quoted phrases, proximity and coverage read them too); the learned words and the four headings fields only
     * when the tuning weighs them. The product's tuning ({@link SearchTuning#DEFAULT}) has both off, since
     * neither won in most folds of the cross-validation, so the product's index does not carry them: a fifth of
     * the indexing and of the index. The subject line's syllables (Subject), a few terms a document, likewise only
     * when the tuning weighs them; DEFAULT does. Turning one on in DEFAULT needs a {@code Pipeline.DERIVATION_VERSION}
     * bump, so that existing indexes are written again with the field.
     */
    static Set<String> analysedFor(SearchTuning tuning) {
        Set<String> fields = new LinkedHashSet<>(List.of(IndexFields.TEXT, IndexFields.TEXT_SHINGLES,
                IndexFields.TEXT_FOLDED, IndexFields.TEXT_FOLDED_SHINGLES));
        if (tuning.words() > 0) {
            fields.add(IndexFields.TEXT_WORDS);
        }
        if (tuning.subject() > 0) {
            fields.add(IndexFields.SUBJECT_FOLDED);
        }
        if (tuning.headings() > 0) {
            fields.addAll(List.of(IndexFields.HEADINGS, IndexFields.HEADINGS_SHINGLES, IndexFields.HEADINGS_FOLDED,
                    IndexFields.HEADINGS_FOLDED_SHINGLES));
        }
        return Set.copyOf(fields);
    }

    /** Every analysed field: what the cross-validation's grid, which tries every tuning, needs. */
    static final Set<String> EVERY_ANALYSED_FIELD =
            analysedFor(SearchTuning.DEFAULT.withWords(1f).withHeadings(1f).withSubject(1f));

    static Document toLucene(IngestedDocument doc, Set<String> analysedFields) {
        DocumentMetadata meta = doc.metadata();
        Document lucene = new Document();
        lucene.add(new KeywordField(IndexFields.ID, doc.id(), Field.Store.YES));
        lucene.add(new StoredField(IndexFields.SOURCE, doc.source()));
        lucene.add(new StoredField(IndexFields.CONTENT_HASH, doc.contentHash()));
        if (meta.number() != null) {
            lucene.add(new StoredField(IndexFields.NUMBER, meta.number()));
            lucene.add(new KeywordField(IndexFields.NUMBER_KEY, DocumentNumbers.key(meta.number()), Field.Store.NO));
            String digits = leadingDigits(meta.number());
            if (!digits.isEmpty()) {
                lucene.add(new KeywordField(IndexFields.NUMBER_DIGITS, digits, Field.Store.NO));
            }
            for (String typed : NumberQueries.typedKeys(meta.number())) {
                lucene.add(new KeywordField(IndexFields.NUMBER_TYPED, typed, Field.Store.NO));
            }
        }
        for (FilterField filter : FilterField.values()) {
            String value = filter.keyword() ? filter.valueOf(doc) : null;
            if (value != null) {
                lucene.add(new KeywordField(IndexedFilter.keyField(filter), IndexedFilter.key(filter, value), Field.Store.NO));
                lucene.add(new SortedDocValuesField(IndexedFilter.facetField(filter), new BytesRef(value)));
                if (filter.shownOnHits()) {
                    lucene.add(new StoredField(filter.parameter(), value));
                }
            }
        }
        if (meta.issuedDate() != null) {
            lucene.add(new StoredField(IndexFields.ISSUED_DATE, meta.issuedDate().toString()));
            lucene.add(new IntField(IndexFields.YEAR, meta.issuedDate().getYear(), Field.Store.NO));
            lucene.add(new NumericDocValuesField(IndexFields.ISSUED_DAY, meta.issuedDate().toEpochDay()));
        }
        if (meta.title() != null) {
            lucene.add(new StoredField(IndexFields.TITLE, meta.title()));
        }
        for (String cited : citedKeys(doc)) {
            lucene.add(new KeywordField(IndexFields.CITES, cited, Field.Store.NO));
        }
        for (Reference reference : doc.extraction().references()) {
            if (reference.number() != null) {
                for (String typed : NumberQueries.typedKeys(reference.number())) {
                    lucene.add(new KeywordField(IndexFields.CITES_TYPED, typed, Field.Store.NO));
                }
            }
        }
        for (String cited : citedAs(doc)) {
            lucene.add(new KeywordField(IndexFields.CITED_AS, cited, Field.Store.NO));
        }
        for (String target : citedIds(doc)) {
            lucene.add(new KeywordField(IndexFields.CITES_ID, target, Field.Store.NO));
        }
        addCitationEdges(lucene, CitationEdges.of(doc));
        lucene.add(new StoredField(IndexFields.STORED_TEXT, doc.text()));
        lucene.add(new StoredField(IndexFields.EXTRACTION, Json.write(doc.extraction())));
        String searchable = (meta.title() == null ? "" : meta.title() + "\n") + doc.text();
        addAnalysed(lucene, searchable, analysedFields, IndexFields.TEXT, IndexFields.TEXT_SHINGLES,
                IndexFields.TEXT_FOLDED, IndexFields.TEXT_FOLDED_SHINGLES, IndexFields.TEXT_WORDS);
        if (analysedFields.contains(IndexFields.HEADINGS)) {
            addAnalysed(lucene, Headings.of(meta.title(), doc.text()), analysedFields, IndexFields.HEADINGS,
                    IndexFields.HEADINGS_SHINGLES, IndexFields.HEADINGS_FOLDED, IndexFields.HEADINGS_FOLDED_SHINGLES);
        }
        Set<String> subject = analysedFields.contains(IndexFields.SUBJECT_FOLDED)
                ? Subject.syllables(meta.title(), doc.text()) : Set.of();
        if (!subject.isEmpty()) {
            subject.forEach(syllable -> lucene.add(new StringField(IndexFields.SUBJECT_FOLDED, syllable, Field.Store.NO)));
            lucene.add(new FloatDocValuesField(IndexFields.SUBJECT_SHARE, Subject.share(subject)));
        }
        // Unknown until the validity service has seen the document in the graph (SearchIndex.setStatus).
        lucene.add(new NumericDocValuesField(IndexFields.STATUS, ValidityCodes.code(ValidityCodes.UNKNOWN)));
        return lucene;
    }

    /** The edge terms ({@link IndexFields#CITED_ON}, {@link IndexFields#CITED_FIRST}) of one document. */
    private static void addCitationEdges(Document lucene, CitationEdges edges) {
        for (String term : citedOnTerms(edges)) {
            lucene.add(new StringField(IndexFields.CITED_ON, term, Field.Store.NO));
        }
        for (String term : citedFirstTerms(edges)) {
            lucene.add(new StringField(IndexFields.CITED_FIRST, term, Field.Store.NO));
        }
    }

    /** Each date the edges give a cited document, once: "cited id|ISO date". */
    static Set<String> citedOnTerms(CitationEdges edges) {
        Set<String> terms = new LinkedHashSet<>();
        for (CitationEdges.Edge edge : edges.edges()) {
            if (edge.mention().date() != null) {
                terms.add(citedOn(edge.targetId(), edge.mention().date()));
            }
        }
        return terms;
    }

    /** The date of the first edge to each cited document: "cited id|ISO date", "cited id|" when it gives none. */
    static Set<String> citedFirstTerms(CitationEdges edges) {
        Set<String> terms = new LinkedHashSet<>();
        for (CitationEdges.Edge first : edges.firstByTarget().values()) {
            terms.add(citedOn(first.targetId(), first.mention().date()));
        }
        return terms;
    }

    /** "cited id|ISO date", or "cited id|" for a mention without a date. */
    static String citedOn(String targetId, java.time.LocalDate date) {
        return citedPrefix(targetId) + (date == null ? "" : date.toString());
    }

    static String citedPrefix(String targetId) {
        return targetId + "|";
    }

    /** One text in several analysed fields, cut into syllables once for all of them (see {@link SyllableRuns}). */
    private static void addAnalysed(Document lucene, String text, Set<String> indexed, String... fields) {
        SyllableRuns runs = SyllableRuns.of(text);
        for (String field : fields) {
            if (!indexed.contains(field)) {
                continue;
            }
            lucene.add(runs == null ? new Field(field, text, analysed(field)) : new Field(field, runs.stream(field), analysed(field)));
        }
    }

    /**
     * Positions only where a query reads them: the proximity rescoring's sloppy phrases run on the folded
     * syllables ({@link Proximity}), a quoted phrase or an all-words syllable run on the exact or the folded
     * syllables ({@link Required#phrase}); every other analysed field is scored by BM25 from term frequencies and
     * norms alone, which positions do not change. Leaving them out took the index from 1.77 to 1.08 times
     * the text and an eighth of the indexing time (measured before the exact field kept its positions for quoted
     * phrases). A query that reads positions on another field must add it here. A phrase reads them only in the
     * documents where its pairs of syllables all stand ({@link Required#phrase}).
     */
    private static final Set<String> WITH_POSITIONS = Set.of(IndexFields.TEXT, IndexFields.TEXT_FOLDED);

    private static final FieldType FREQUENCIES_ONLY = frequenciesOnly();

    private static FieldType frequenciesOnly() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    static FieldType analysed(String field) {
        return WITH_POSITIONS.contains(field) ? TextField.TYPE_NOT_STORED : FREQUENCIES_ONLY;
    }

    static StoredDocument fromLucene(Document lucene) {
        return new StoredDocument(lucene.get(IndexFields.ID), lucene.get(IndexFields.SOURCE),
                lucene.get(IndexFields.NUMBER), lucene.get(IndexFields.TYPE), lucene.get(IndexFields.ISSUER),
                lucene.get(IndexFields.ISSUED_DATE), lucene.get(IndexFields.TITLE), lucene.get(IndexFields.STORED_TEXT),
                lucene.get(IndexFields.EXTRACTION), lucene.get(IndexFields.CONTENT_HASH));
    }

    static String leadingDigits(String number) {
        int end = 0;
        while (end < number.length() && Character.isDigit(number.charAt(end))) {
            end++;
        }
        return number.substring(0, end);
    }

    /** The ids of the documents this one cites (stubs included), as the graph names them. */
    static Set<String> citedIds(IngestedDocument doc) {
        Set<String> ids = new LinkedHashSet<>();
        for (Reference reference : doc.extraction().references()) {
            String target = DocumentNumbers.targetId(reference);
            if (target != null && !target.equals(doc.id())) {
                ids.add(target);
            }
        }
        return ids;
    }

    /** "target id|RELATION" for each relation this document cites a target with: the graph's edges, for counting by relation. */
    static Set<String> citedAs(IngestedDocument doc) {
        Set<String> edges = new LinkedHashSet<>();
        for (Reference reference : doc.extraction().references()) {
            String target = DocumentNumbers.targetId(reference);
            if (target != null && !target.equals(doc.id()) && reference.relation() != null) {
                edges.add(citedAs(target, reference.relation().name()));
            }
        }
        return edges;
    }

    static String citedAs(String targetId, String relation) {
        return targetId + "|" + relation;
    }

    static Set<String> citedKeys(IngestedDocument doc) {
        Set<String> keys = new LinkedHashSet<>();
        for (Reference reference : doc.extraction().references()) {
            if (reference.number() != null) {
                keys.add(DocumentNumbers.key(reference.number()));
            }
        }
        return keys;
    }
}
