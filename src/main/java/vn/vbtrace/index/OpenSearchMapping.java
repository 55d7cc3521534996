package vn.vbtrace.index;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.Spelling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The settings and mapping of the OpenSearch index: the same analysis as the in-process index
 * ({@link VietnameseAnalyzers}), from the engine's standard components. Syllables by the standard tokenizer,
 * lower-cased, in one spelling of i and y (pattern_replace, {@link Spelling#replacements()}); the folded twins
 * through asciifolding (đ → d as Lucene's ASCIIFoldingFilter); two-syllable shingles without unigrams; the
 * learned words as shingles of two to four folded syllables kept only when the word list (vocab/words.tsv, the
 * same file the in-process analyzer reads) holds them. One shard, so document
 * frequencies are those of the whole repository as in process; BM25 with the product's k1 and b
 * ({@link SearchTuning#DEFAULT}) for every field. The synonyms (vocab/synonyms.tsv) need no analyzer: both
 * engines add the other forms of a group to the query itself ({@link Synonyms}).
 */
final class OpenSearchMapping {

    private OpenSearchMapping() {
    }

    static ObjectNode index() {
        ObjectNode root = OpenSearchClient.JSON.createObjectNode();
        root.set("settings", settings());
        root.set("mappings", mappings());
        return root;
    }

    /**
     * The duty clauses' index ({@link OpenSearchTaskIndex}): the fields of {@link TaskClauses}, the words split by the
     * same pattern as in process ({@link LuceneTaskIndex#analyzer}: no word list, no folding, the text is folded
     * before it is written). Refreshed only when a batch commits (refresh_interval -1), so the deletes and writes of
     * one batch become visible together; and a program's documents may be many, hence the bound on a terms filter.
     */
    static ObjectNode tasks() {
        ObjectNode root = OpenSearchClient.JSON.createObjectNode();
        ObjectNode settings = root.putObject("settings");
        ObjectNode index = oneShard(settings);
        index.put("refresh_interval", "-1");
        index.put("max_terms_count", 1_000_000);
        ObjectNode analysis = index.putObject("analysis");
        analysis.putObject("tokenizer").putObject("vb_task_words").put("type", "pattern").put("pattern", TaskClauses.NON_WORD_REGEX);
        analysis.putObject("analyzer").putObject("vb_task_words").put("type", "custom").put("tokenizer", "vb_task_words");
        ObjectNode mappings = root.putObject("mappings");
        mappings.put("dynamic", "strict");
        ObjectNode properties = mappings.putObject("properties");
        for (String keyword : List.of(TaskClauses.TASK_ID, TaskClauses.DOC_ID, TaskClauses.DOC_NUMBER_KEY, TaskClauses.BODY_NAME)) {
            properties.putObject(keyword).put("type", "keyword");
        }
        for (String words : List.of(TaskClauses.WORDS, TaskClauses.ISSUER_WORDS)) {
            properties.putObject(words).put("type", "text").put("analyzer", "vb_task_words").put("index_options", "positions")
                    .put("norms", false);
        }
        for (String shown : List.of(TaskClauses.BODY, TaskClauses.ROLE, TaskClauses.TEXT, TaskClauses.DEADLINE,
                TaskClauses.DOC_NUMBER, TaskClauses.DOC_TITLE, TaskClauses.PROVINCE, TaskClauses.QUOTE)) {
            properties.putObject(shown).put("type", "keyword").put("index", false).put("doc_values", false);
        }
        for (String span : List.of(TaskClauses.START, TaskClauses.END)) {
            properties.putObject(span).put("type", "integer").put("index", false).put("doc_values", false);
        }
        properties.setAll((ObjectNode) addableTaskFields().get("properties"));
        return root;
    }

    /**
     * The duty clauses' fields added after their index was first created, sent again when an instance connects (as
     * {@link #addableFields} for the documents' index): the mapping is strict, so a clause carrying a field its index
     * does not map would be refused.
     */
    static ObjectNode addableTaskFields() {
        ObjectNode mapping = OpenSearchClient.JSON.createObjectNode();
        ObjectNode properties = mapping.putObject("properties");
        properties.putObject(TaskClauses.CITES_ID).put("type", "keyword").put("doc_values", false);
        properties.putObject(TaskClauses.BODY_KEY).put("type", "keyword").put("doc_values", false);
        properties.putObject(TaskClauses.DUE_DATE).put("type", "long");
        properties.putObject(TaskClauses.DUE_YEARLY).put("type", "long");
        properties.putObject(TaskClauses.CONTEXT_WORDS).put("type", "text").put("analyzer", "vb_task_words")
                .put("index_options", "docs").put("norms", false);
        return mapping;
    }

    /** One shard, so document frequencies (and the order of equal scores) are those of the whole repository, as in process. */
    private static ObjectNode oneShard(ObjectNode settings) {
        ObjectNode index = settings.putObject("index");
        index.put("number_of_shards", 1);
        index.put("number_of_replicas", 0);
        return index;
    }

    /**
     * The static settings a release may change, which {@link OpenSearchClient#keepStaticSettings} gives an index an
     * earlier release created: the similarity (BM25's k1 and b) and the analysis (a new filter in the chains).
     */
    static ObjectNode staticSettings() {
        ObjectNode settings = OpenSearchClient.JSON.createObjectNode();
        settings.set("similarity", similarity());
        settings.set("analysis", analysis());
        return settings;
    }

    /** BM25 with the product's k1 and b for every field. */
    static ObjectNode similarity() {
        ObjectNode similarity = OpenSearchClient.JSON.createObjectNode();
        similarity.putObject("default").put("type", "BM25").put("k1", SearchTuning.DEFAULT.k1()).put("b", SearchTuning.DEFAULT.b());
        return similarity;
    }

    private static ObjectNode settings() {
        ObjectNode settings = OpenSearchClient.JSON.createObjectNode();
        ObjectNode index = oneShard(settings);
        index.put("max_shingle_diff", WordList.MAX_SYLLABLES);
        // Deflate for the stored text and extraction, as in process (LuceneSearchIndex.WRITING); set when created only.
        index.put("codec", "best_compression");
        index.setAll(staticSettings());
        return settings;
    }

    private static ObjectNode analysis() {
        ObjectNode analysis = OpenSearchClient.JSON.createObjectNode();
        ObjectNode filters = analysis.putObject("filter");
        ObjectNode pairs = filters.putObject("vb_pairs");
        pairs.put("type", "shingle").put("min_shingle_size", 2).put("max_shingle_size", 2).put("output_unigrams", false);
        ObjectNode runs = filters.putObject("vb_runs");
        runs.put("type", "shingle").put("min_shingle_size", 2).put("max_shingle_size", WordList.MAX_SYLLABLES)
                .put("output_unigrams", false);
        ArrayNode words = filters.putObject("vb_words").put("type", "keep").putArray("keep_words");
        WordList.folded().forEach(word -> words.add(new String((char[]) word)));
        // The syllables' one spelling of i and y (Spelling, SpellingFilter in process), one filter per tone.
        List<String> lowerCased = new ArrayList<>(List.of("lowercase"));
        List<Map.Entry<String, String>> spelling = Spelling.replacements();
        for (int i = 0; i < spelling.size(); i++) {
            filters.putObject("vb_spelling_" + i).put("type", "pattern_replace").put("pattern", spelling.get(i).getKey())
                    .put("replacement", spelling.get(i).getValue());
            lowerCased.add("vb_spelling_" + i);
        }
        ObjectNode analyzers = analysis.putObject("analyzer");
        analyzer(analyzers, "vb_syllables", lowerCased);
        analyzer(analyzers, "vb_pairs", then(lowerCased, "vb_pairs"));
        analyzer(analyzers, "vb_folded", then(lowerCased, "asciifolding"));
        analyzer(analyzers, "vb_folded_pairs", then(lowerCased, "asciifolding", "vb_pairs"));
        analyzer(analyzers, "vb_words", then(lowerCased, "asciifolding", "vb_runs", "vb_words"));
        return analysis;
    }

    private static List<String> then(List<String> first, String... more) {
        List<String> chain = new ArrayList<>(first);
        chain.addAll(List.of(more));
        return chain;
    }

    private static void analyzer(ObjectNode analyzers, String name, List<String> filters) {
        ObjectNode analyzer = analyzers.putObject(name);
        analyzer.put("type", "custom").put("tokenizer", "standard");
        ArrayNode chain = analyzer.putArray("filter");
        filters.forEach(chain::add);
    }

    private static ObjectNode mappings() {
        ObjectNode mappings = OpenSearchClient.JSON.createObjectNode();
        mappings.put("dynamic", "strict");
        // The searchable text stays in _source beside the body: a status change is a partial update, which the
        // server applies by indexing the whole _source again, so a field left out of it would be lost. Stored
        // compressed in blocks, the repeat of the body next to itself costs little.
        ObjectNode properties = mappings.putObject("properties");
        for (String keyword : List.of(IndexFields.ID, IndexFields.NUMBER_KEY, IndexFields.NUMBER_DIGITS,
                IndexFields.NUMBER_TYPED, IndexFields.CITES_TYPED, IndexFields.CITES, IndexFields.CITES_ID,
                IndexFields.CITED_AS)) {
            properties.putObject(keyword).put("type", "keyword");
        }
        properties.setAll((ObjectNode) addableFields().get("properties"));
        for (String shown : List.of(IndexFields.SOURCE, IndexFields.NUMBER, IndexFields.TITLE, IndexFields.STORED_TEXT,
                IndexFields.EXTRACTION, IndexFields.CONTENT_HASH, IndexFields.ISSUED_DATE)) {
            // Shown, never searched: in _source only.
            properties.putObject(shown).put("type", "keyword").put("index", false).put("doc_values", false);
        }
        text(properties, IndexFields.TEXT, "vb_syllables", true, IndexFields.TEXT_SHINGLES, IndexFields.TEXT_FOLDED,
                IndexFields.TEXT_FOLDED_SHINGLES, IndexFields.TEXT_WORDS);
        text(properties, IndexFields.TEXT_SHINGLES, "vb_pairs", false);
        text(properties, IndexFields.TEXT_FOLDED, "vb_folded", true);
        text(properties, IndexFields.TEXT_FOLDED_SHINGLES, "vb_folded_pairs", false);
        text(properties, IndexFields.TEXT_WORDS, "vb_words", false);
        text(properties, IndexFields.HEADINGS, "vb_syllables", false, IndexFields.HEADINGS_SHINGLES,
                IndexFields.HEADINGS_FOLDED, IndexFields.HEADINGS_FOLDED_SHINGLES);
        text(properties, IndexFields.HEADINGS_SHINGLES, "vb_pairs", false);
        text(properties, IndexFields.HEADINGS_FOLDED, "vb_folded", false);
        text(properties, IndexFields.HEADINGS_FOLDED_SHINGLES, "vb_folded_pairs", false);
        return mappings;
    }

    /**
     * The fields of the filters and facets ({@link FilterField}): a keyword to filter on and one to count, the year
     * and the status as integers. Sent again to an existing index when an instance connects (a mapping takes new
     * fields), so a filter declared after the index was created has its fields there before documents carry them.
     */
    /**
     * The fields an index made by an earlier version may lack, put into its mapping at every connect (adding a field
     * to a mapping is allowed; its documents gain it when re-derived): the filters', the citation edges' and the
     * subject line's.
     */
    static ObjectNode addableFields() {
        ObjectNode mapping = OpenSearchClient.JSON.createObjectNode();
        ObjectNode properties = mapping.putObject("properties");
        properties.putObject(IndexFields.CITED_ON).put("type", "keyword");
        properties.putObject(IndexFields.CITED_FIRST).put("type", "keyword").put("doc_values", false);
        properties.putObject(IndexFields.ISSUED_DAY).put("type", "long").put("index", false);
        properties.putObject(IndexFields.SUBJECT_FOLDED).put("type", "keyword").put("doc_values", false);
        properties.putObject(IndexFields.SUBJECT_SHARE).put("type", "float").put("index", false);
        for (FilterField filter : FilterField.values()) {
            if (filter.keyword()) {
                properties.putObject(IndexedFilter.keyField(filter)).put("type", "keyword");
                properties.putObject(IndexedFilter.serverFacetField(filter)).put("type", "keyword");
            } else {
                properties.putObject(IndexedFilter.keyField(filter)).put("type", "integer");
            }
        }
        return mapping;
    }

    /** A text field; positions only where a query reads them, as in process (LuceneDocuments.analysed). */
    private static void text(ObjectNode properties, String field, String analyzer, boolean positions, String... copyTo) {
        ObjectNode text = properties.putObject(field);
        text.put("type", "text").put("analyzer", analyzer).put("index_options", positions ? "positions" : "freqs");
        if (copyTo.length > 0) {
            ArrayNode targets = text.putArray("copy_to");
            for (String target : copyTo) {
                targets.add(target);
            }
        }
    }
}
