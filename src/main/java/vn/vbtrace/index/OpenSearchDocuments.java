package vn.vbtrace.index;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vbtrace.document.CitationEdges;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Json;
import vn.vbtrace.document.Reference;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Maps an ingested document to its OpenSearch source and back: the fields of {@link LuceneDocuments}, under the
 * same names ({@link IndexFields}), so one query plan reads both. The searchable text is sent once, as
 * {@link IndexFields#TEXT}, and copied by the mapping to its shingled, folded and word-list twins.
 */
final class OpenSearchDocuments {

    private OpenSearchDocuments() {
    }

    static ObjectNode toSource(IngestedDocument doc) {
        DocumentMetadata meta = doc.metadata();
        ObjectNode source = OpenSearchClient.JSON.createObjectNode();
        source.put(IndexFields.ID, doc.id());
        source.put(IndexFields.SOURCE, doc.source());
        source.put(IndexFields.CONTENT_HASH, doc.contentHash());
        if (meta.number() != null) {
            source.put(IndexFields.NUMBER, meta.number());
            source.put(IndexFields.NUMBER_KEY, DocumentNumbers.key(meta.number()));
            String digits = LuceneDocuments.leadingDigits(meta.number());
            if (!digits.isEmpty()) {
                source.put(IndexFields.NUMBER_DIGITS, digits);
            }
            array(source, IndexFields.NUMBER_TYPED, NumberQueries.typedKeys(meta.number()));
        }
        for (FilterField filter : FilterField.values()) {
            String value = filter.keyword() ? filter.valueOf(doc) : null;
            if (value != null) {
                source.put(IndexedFilter.keyField(filter), IndexedFilter.key(filter, value));
                source.put(IndexedFilter.serverFacetField(filter), value);
            }
        }
        if (meta.issuedDate() != null) {
            source.put(IndexFields.ISSUED_DATE, meta.issuedDate().toString());
            source.put(IndexFields.YEAR, meta.issuedDate().getYear());
            source.put(IndexFields.ISSUED_DAY, meta.issuedDate().toEpochDay());
        }
        if (meta.title() != null) {
            source.put(IndexFields.TITLE, meta.title());
        }
        array(source, IndexFields.CITES, LuceneDocuments.citedKeys(doc));
        Set<String> citesTyped = new LinkedHashSet<>();
        for (Reference reference : doc.extraction().references()) {
            if (reference.number() != null) {
                citesTyped.addAll(NumberQueries.typedKeys(reference.number()));
            }
        }
        array(source, IndexFields.CITES_TYPED, citesTyped);
        array(source, IndexFields.CITED_AS, LuceneDocuments.citedAs(doc));
        array(source, IndexFields.CITES_ID, LuceneDocuments.citedIds(doc));
        CitationEdges edges = CitationEdges.of(doc);
        array(source, IndexFields.CITED_ON, LuceneDocuments.citedOnTerms(edges));
        array(source, IndexFields.CITED_FIRST, LuceneDocuments.citedFirstTerms(edges));
        source.put(IndexFields.STORED_TEXT, doc.text());
        source.put(IndexFields.EXTRACTION, Json.write(doc.extraction()));
        source.put(IndexFields.TEXT, (meta.title() == null ? "" : meta.title() + "\n") + doc.text());
        source.put(IndexFields.HEADINGS, Headings.of(meta.title(), doc.text()));
        Set<String> subject = Subject.syllables(meta.title(), doc.text());
        if (!subject.isEmpty()) {
            array(source, IndexFields.SUBJECT_FOLDED, subject);
            source.put(IndexFields.SUBJECT_SHARE, Subject.share(subject));
        }
        // Unknown until the validity service has seen the document in the graph (SearchIndex.setStatus).
        source.put(IndexFields.STATUS, ValidityCodes.code(ValidityCodes.UNKNOWN));
        return source;
    }

    private static void array(ObjectNode source, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            ArrayNode array = source.putArray(field);
            values.forEach(array::add);
        }
    }

    static StoredDocument fromSource(JsonNode source) {
        return new StoredDocument(text(source, IndexFields.ID), text(source, IndexFields.SOURCE),
                text(source, IndexFields.NUMBER), text(source, IndexFields.TYPE), text(source, IndexFields.ISSUER),
                text(source, IndexFields.ISSUED_DATE), text(source, IndexFields.TITLE), text(source, IndexFields.STORED_TEXT),
                text(source, IndexFields.EXTRACTION), text(source, IndexFields.CONTENT_HASH));
    }

    static String text(JsonNode source, String field) {
        JsonNode value = source.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
