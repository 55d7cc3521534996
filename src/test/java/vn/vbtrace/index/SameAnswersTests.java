package vn.vbtrace.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.bench.CorpusGenerator;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Facets;
import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.document.SearchResult;
import vn.vbtrace.ingest.Pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shortcuts of the search give the answers it gave without them, on generated documents in several segments,
 * with deleted documents and updated statuses. The facet counts taken from the segments' totals (a query matching most of a segment counts its non-matches) are
 * the counts of every match one by one, as the search counted them before: on generated documents in several
 * segments, with deleted documents and updated statuses, for queries matching nearly all, about half, few and no
 * documents, with and without filters; and again after a commit replaces segment readers. The synonym phrases no
 * document holds, left out of the query, change no hit, no score and no total.
 */
class SameAnswersTests {

    private static final int DOCUMENTS = 240;
    private static final int BATCH = 60;

    @TempDir
    static Path dir;
    static LuceneSearchIndex index;
    static List<String> ids = new ArrayList<>();
    /** The number key of a document deleted: its term stays in the postings until a merge, held by no live document. */
    static String deletedNumberKey;

    @BeforeAll
    static void indexGeneratedDocuments() throws Exception {
        Path set = dir.resolve("set");
        CorpusGenerator.generate(DOCUMENTS, set, 11L, Path.of("src/test/resources/seeds"));
        List<IngestedDocument> docs = new ArrayList<>();
        Pipeline pipeline = new Pipeline();
        try (Stream<Path> files = Files.walk(set)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                docs.add(pipeline.process(file.getFileName().toString(), Files.readAllBytes(file), file.toString()));
            }
        }
        // Notes without number, date, issuer or place: matches and non-matches without a value (Facets.MISSING).
        List<String> notes = List.of("Ghi chú nội bộ về lịch họp giao ban tuần.", "Ghi chú: kiểm tra an toàn thực phẩm tại bếp ăn.",
                "Danh sách việc cần làm của tổ văn phòng.");
        for (int i = 0; i < notes.size(); i++) {
            docs.add(i * BATCH + 1, pipeline.process("ghi-chu-" + i + ".txt", notes.get(i).getBytes(StandardCharsets.UTF_8), "ghi-chu-" + i + ".txt"));
        }
        index = LuceneSearchIndex.openWritable(dir.resolve("index"));
        // One commit per batch: several segments, so the counts add up across segments.
        for (int from = 0; from < docs.size(); from += BATCH) {
            index.putAll(docs.subList(from, Math.min(docs.size(), from + BATCH)));
        }
        docs.forEach(doc -> ids.add(doc.id()));
        // Deleted documents and statuses updated in place: a segment's live documents and doc values change.
        deletedNumberKey = DocumentNumbers.key(index.get(ids.get(3)).orElseThrow().number());
        index.delete(ids.get(3));
        index.delete(ids.get(BATCH + 7));
        Map<String, String> statuses = new HashMap<>();
        for (int i = 0; i < ids.size(); i += 5) {
            statuses.put(ids.get(i), i % 2 == 0 ? "IN_FORCE" : "EXPIRED");
        }
        index.setStatuses(statuses);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    static List<SearchRequest> requests() {
        List<SearchRequest> requests = new ArrayList<>();
        for (String query : List.of("nâng cao năng suất và chất lượng sản phẩm", "chuyen doi so trong co quan nha nuoc",
                "hỗ trợ doanh nghiệp nhỏ và vừa", "an toàn thực phẩm", "xay dung nong thon moi", "kinh phí thực hiện kế hoạch",
                "phát triển tài sản trí tuệ", "tiêu chuẩn cơ sở", "đổi mới sáng tạo và khởi nghiệp", "truy xuat nguon goc",
                "Sở Tài chính", "\"Sở Tài chính\" kế hoạch", "Bắc Kạn", "UBND tỉnh", "quyết định 1322/QĐ-TTg", "thông tư",
                "xyzzy plugh", "")) {
            SearchRequest request = SearchRequest.of(query, 10);
            requests.add(request);
            requests.add(request.withMode("all"));
            requests.add(request.withFilter(FilterField.TYPE, "Quyết định"));
            requests.add(request.withFilter(FilterField.PROVINCE, "Bắc Kạn"));
            requests.add(request.withFilter(FilterField.STATUS, "UNKNOWN"));
            requests.add(request.withYears(2015, 2020));
        }
        return requests;
    }

    @Test
    void countingFromTheTotalsGivesWhatCountingEveryMatchGives() throws Exception {
        FacetTotals totals = new FacetTotals();
        long numDocs;
        int most = 0;
        int few = 0;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            assertThat(reader.leaves()).hasSizeGreaterThan(2);
            assertThat(reader.numDeletedDocs()).isEqualTo(2);
            numDocs = reader.numDocs();
            IndexSearcher searcher = new IndexSearcher(reader);
            QueryFactory queries = new QueryFactory();
            for (SearchRequest request : requests()) {
                QueryFactory.Plan plan = queries.build(request, SearchTuning.DEFAULT, searcher);
                FacetCounter.Result expected = everyMatch(searcher, plan.query());
                String asked = request.query() + " " + request.filters() + " " + request.fromYear() + " " + request.mode();
                FacetCounter.Result fromTotals = searcher.search(new ConstantScoreQuery(plan.matching()), new FacetCounter(totals));
                assertThat(fromTotals.total()).as(asked).isEqualTo(expected.total());
                assertThat(fromTotals.facets()).as(asked).isEqualTo(expected.facets());
                assertThat(order(fromTotals.facets())).as(asked).isEqualTo(order(expected.facets()));
                FacetCounter.Result direct = searcher.search(new ConstantScoreQuery(plan.matching()), new FacetCounter());
                assertThat(direct.total()).as(asked).isEqualTo(expected.total());
                assertThat(order(direct.facets())).as(asked).isEqualTo(order(expected.facets()));
                if (expected.total() > numDocs * 9 / 10) {
                    most++;
                } else if (expected.total() < numDocs / 10) {
                    few++;
                }
            }
            // Both ways were taken: from the totals (kept per segment) and match by match.
            assertThat(totals.size()).isEqualTo(reader.leaves().size());
            assertThat(everyMatch(searcher, new QueryFactory().build(SearchRequest.of("", 10), SearchTuning.DEFAULT, searcher).query())
                    .facets().of(FilterField.ISSUER)).containsKey(Facets.MISSING);
        }
        assertThat(most).isGreaterThan(20);
        assertThat(few).isGreaterThan(20);
        assertThat(totals.size()).as("the totals go with their readers").isZero();
    }

    @Test
    void aCommitThatDeletesAndUpdatesStatusesChangesTheCountsAsItShould() throws Exception {
        List<SearchRequest> asked = List.of(SearchRequest.of("kinh phí thực hiện kế hoạch", 10), SearchRequest.of("an toàn thực phẩm", 10),
                SearchRequest.of("", 10));
        for (SearchRequest request : asked) {
            index.search(request); // the totals of the present segment readers are kept
        }
        index.delete(ids.get(2 * BATCH + 1));
        index.setStatuses(Map.of(ids.get(10), "REPLACED", ids.get(BATCH + 11), "NOT_YET_IN_FORCE"));
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            for (SearchRequest request : asked) {
                SearchResult result = index.search(request);
                FacetCounter.Result expected = everyMatch(searcher, new QueryFactory().build(request, SearchTuning.DEFAULT, searcher).query());
                assertThat(result.total()).as(request.query()).isEqualTo(expected.total());
                assertThat(order(result.facets())).as(request.query()).isEqualTo(order(expected.facets()));
                if (request.query().isEmpty()) {
                    assertThat(result.facets().of(FilterField.STATUS)).containsEntry("REPLACED", 1L);
                }
            }
        }
    }

    @Test
    void leavingOutTheSynonymPhrasesNoDocumentHoldsChangesNoHitNorScore() throws Exception {
        int changed = 0;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity(SearchTuning.DEFAULT.k1(), SearchTuning.DEFAULT.b()));
            QueryFactory pruned = new QueryFactory();
            QueryFactory everyPhrase = new QueryFactory(null);
            for (SearchRequest request : requests()) {
                String asked = request.query() + " " + request.filters() + " " + request.fromYear() + " " + request.mode();
                QueryFactory.Plan before = everyPhrase.build(request, SearchTuning.DEFAULT, searcher);
                QueryFactory.Plan after = pruned.build(request, SearchTuning.DEFAULT, searcher);
                if (!before.query().equals(after.query())) {
                    changed++;
                }
                for (int page : new int[] {10, 100}) {
                    TopDocs expected = searcher.search(before.query(), new TopScoreDocCollectorManager(page, Integer.MAX_VALUE));
                    TopDocs actual = searcher.search(after.query(), new TopScoreDocCollectorManager(page, Integer.MAX_VALUE));
                    assertThat(actual.totalHits).as(asked).isEqualTo(expected.totalHits);
                    assertThat(hits(actual)).as(asked).isEqualTo(hits(expected));
                    // As the search ranks: counting stops at the first hit, documents that cannot enter are skipped.
                    assertThat(hits(searcher.search(after.query(), new TopScoreDocCollectorManager(page, 1))))
                            .as(asked).isEqualTo(hits(searcher.search(before.query(), new TopScoreDocCollectorManager(page, 1))));
                }
                assertThat(searcher.count(after.matching())).as(asked).isEqualTo(searcher.count(before.query()));
            }
            QueryFactory.Plan ubnd = pruned.build(SearchRequest.of("UBND tỉnh", 10), SearchTuning.DEFAULT, searcher);
            assertThat(ubnd.query().toString()).as("a phrase some document holds stays").contains("\"uy ban nhan dan\"");
        }
        assertThat(changed).as("some phrase no document holds was left out").isGreaterThan(0);
    }

    /**
     * A phrase is asked only of the documents holding its pairs of syllables (Required.paired): the same documents, the
     * same scores to the bit, alone and inside a search's disjunction, ranked as the search ranks and counted, as the
     * phrase alone. Every kind of phrase the search asks:
     * the synonyms' forms, the document types' names, quoted and all-words phrases, and runs of two to five syllables
     * cut from the documents themselves, with and without diacritics.
     */
    @Test
    void aPhraseNarrowedByItsPairsFindsAndScoresWhatThePhraseAloneDoes() throws Exception {
        List<List<String>> runs = new ArrayList<>();
        Synonyms.find(Terms.folded("UBND HĐND KH&CN TTHC NSNN TTg TĐC CNTT KT-XH QĐ TT KH")).forEach(match -> runs.addAll(match.others()));
        for (String text : List.of("quyết định", "thông tư", "kế hoạch", "chất lượng", "Sở Tài chính", "Ủy ban nhân dân tỉnh Bắc Kạn", "an toàn thực phẩm", "thực phẩm an toàn",
                "nâng cao năng suất và chất lượng", "chất lượng chất lượng", "ghi chú nội bộ")) {
            runs.add(Terms.exact(text));
            runs.add(Terms.folded(text));
        }
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 60; i++) {
            List<String> syllables = Terms.exact(index.get(ids.get(random.nextInt(ids.size()))).map(StoredDocument::text).orElse(""));
            if (syllables.size() > 10) {
                int from = random.nextInt(syllables.size() - 6);
                List<String> run = syllables.subList(from, from + 2 + random.nextInt(4));
                runs.add(run);
                runs.add(Terms.folded(String.join(" ", run)));
            }
        }
        int held = 0;
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            searcher.setSimilarity(new BM25Similarity(SearchTuning.DEFAULT.k1(), SearchTuning.DEFAULT.b()));
            for (List<String> run : runs) {
                boolean plain = run.equals(Terms.folded(String.join(" ", run)));
                Query narrowed = Required.phrase(run, Terms.folded(String.join(" ", run)));
                Query alone = new PhraseQuery(plain ? IndexFields.TEXT_FOLDED : IndexFields.TEXT, run.toArray(String[]::new));
                assertThat(narrowed).isNotEqualTo(alone);
                Query other = new TermQuery(new Term(IndexFields.TEXT_FOLDED, "ke"));
                for (boolean inDisjunction : new boolean[] {false, true}) {
                    Query before = inDisjunction ? new BooleanQuery.Builder().add(other, BooleanClause.Occur.SHOULD)
                            .add(new BoostQuery(alone, 1.7f), BooleanClause.Occur.SHOULD).build() : alone;
                    Query after = inDisjunction ? new BooleanQuery.Builder().add(other, BooleanClause.Occur.SHOULD)
                            .add(new BoostQuery(narrowed, 1.7f), BooleanClause.Occur.SHOULD).build() : narrowed;
                    TopDocs expected = searcher.search(before, new TopScoreDocCollectorManager(300, Integer.MAX_VALUE));
                    assertThat(hits(searcher.search(after, new TopScoreDocCollectorManager(300, Integer.MAX_VALUE))))
                            .as(run + (inDisjunction ? " in a disjunction" : "")).isEqualTo(hits(expected));
                    assertThat(hits(searcher.search(after, new TopScoreDocCollectorManager(10, 1))))
                            .as(run + " ranked as the search ranks").isEqualTo(hits(searcher.search(before, new TopScoreDocCollectorManager(10, 1))));
                }
                assertThat(searcher.count(new ConstantScoreQuery(narrowed))).as(run + " counted").isEqualTo(searcher.count(alone));
                if (searcher.count(alone) > 0) {
                    held++;
                }
            }
        }
        assertThat(held).as("phrases some document holds").isGreaterThan(100);
    }

    @Test
    void whetherAQuotedPhraseIsHeldAtAllIsWhetherItCountsAny() throws Exception {
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            IndexSearcher searcher = new IndexSearcher(reader);
            IndexReads reads = IndexReads.of(searcher);
            List<Query> asked = new ArrayList<>();
            for (String phrase : List.of("Sở Tài chính", "Sở Tài chánh", "so tai chinh", "kế hoạch", "an toàn thực phẩm",
                    "thực phẩm an toàn", "Bắc Kạn", "xyzzy", "ghi chú nội bộ", "lịch họp giao ban")) {
                asked.add(Required.phrase(Terms.exact(phrase), Terms.folded(phrase)));
            }
            Query deleted = new TermQuery(new Term(IndexFields.NUMBER_KEY, deletedNumberKey));
            assertThat(reader.docFreq(new Term(IndexFields.NUMBER_KEY, deletedNumberKey))).isPositive();
            asked.add(deleted);
            int held = 0;
            for (Query query : asked) {
                assertThat(reads.any(query)).as(query.toString()).isEqualTo(searcher.count(query) > 0);
                held += reads.any(query) ? 1 : 0;
            }
            assertThat(reads.any(deleted)).isFalse();
            assertThat(held).isBetween(3, asked.size() - 3);
        }
    }

    /** Each hit's document and score, best first. */
    private static List<String> hits(TopDocs top) {
        return Arrays.stream(top.scoreDocs).map(hit -> hit.doc + ":" + Float.floatToIntBits(hit.score)).toList();
    }

    /** Each facet's values and counts in their order (Facets.equals ignores the order). */
    private static Map<FilterField, List<Map.Entry<String, Long>>> order(Facets facets) {
        Map<FilterField, List<Map.Entry<String, Long>>> ordered = new EnumMap<>(FilterField.class);
        for (FilterField field : FilterField.values()) {
            ordered.put(field, List.copyOf(facets.of(field).entrySet()));
        }
        return ordered;
    }

    /**
     * The counts as the search took them before the totals: every match of the ranking query, one by one, each
     * facet's value read from its doc values and added to a map of the value as text.
     */
    static FacetCounter.Result everyMatch(IndexSearcher searcher, Query query) throws IOException {
        Map<FilterField, Map<String, Long>> values = new EnumMap<>(FilterField.class);
        Map<FilterField, long[]> missing = new EnumMap<>(FilterField.class);
        for (FilterField field : FilterField.values()) {
            values.put(field, new HashMap<>());
            missing.put(field, new long[1]);
        }
        long[] total = new long[1];
        searcher.search(new ConstantScoreQuery(query), new SimpleCollector() {
            LeafReader reader;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                reader = context.reader();
            }

            @Override
            public void collect(int doc) throws IOException {
                total[0]++;
                for (FilterField field : FilterField.values()) {
                    String facet = IndexedFilter.facetField(field);
                    switch (field.match()) {
                        case EXACT, FOLDED -> {
                            SortedDocValues sorted = DocValues.getSorted(reader, facet);
                            if (sorted.advanceExact(doc)) {
                                values.get(field).merge(sorted.lookupOrd(sorted.ordValue()).utf8ToString(), 1L, Long::sum);
                            } else {
                                missing.get(field)[0]++;
                            }
                        }
                        case YEARS -> {
                            SortedNumericDocValues years = DocValues.getSortedNumeric(reader, facet);
                            if (years.advanceExact(doc)) {
                                values.get(field).merge(Long.toString(years.nextValue()), 1L, Long::sum);
                            } else {
                                missing.get(field)[0]++;
                            }
                        }
                        case STATUS -> {
                            NumericDocValues statuses = DocValues.getNumeric(reader, facet);
                            if (statuses.advanceExact(doc) && statuses.longValue() >= 0
                                    && statuses.longValue() < ValidityCodes.NAMES.size()) {
                                values.get(field).merge(ValidityCodes.name((int) statuses.longValue()), 1L, Long::sum);
                            }
                        }
                    }
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        Map<FilterField, Map<String, Long>> facets = new LinkedHashMap<>();
        for (FilterField field : FilterField.values()) {
            facets.put(field, FacetCounter.mostFirst(values.get(field), missing.get(field)[0]));
        }
        return new FacetCounter.Result(total[0], new Facets(facets));
    }
}
