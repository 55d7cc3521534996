package vn.vbtrace.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.document.SearchRequest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The totals and facets a user sees count the plan's {@code matching} query, which has a fraction of the ranking
 * query's clauses: it must match exactly the same documents. Checked on every ALQAC question, typed with and
 * without diacritics, and on staff-style queries with quotes, abbreviations and numbers.
 */
class MatchingQueryTests {

    @TempDir
    static Path dir;
    static DirectoryReader reader;
    static final QueryFactory QUERIES = new QueryFactory();

    @BeforeAll
    static void index() throws Exception {
        AlqacData data = AlqacData.load();
        try (LuceneSearchIndex index = LuceneSearchIndex.openWritable(dir)) {
            index.putAll(data.documents());
        }
        reader = DirectoryReader.open(FSDirectory.open(dir));
    }

    @AfterAll
    static void close() throws Exception {
        reader.close();
    }

    @Test
    void theMatchingQueryMatchesWhatTheRankingQueryMatches() throws Exception {
        List<String> queries = new ArrayList<>(List.of("Sở Tài chính", "so tai chinh", "\"Ủy ban nhân dân\" tỉnh",
                "UBND tỉnh", "HĐND", "KH&CN", "thủ tục hành chính TTHC", "ngân sách nhà nước NSNN", "Luật số 52/2014/QH13",
                "nghị định 100", "quyết định 1322/QĐ-TTg", "thời hiệu khởi kiện là bao lâu", "ai", "\"hợp đồng\" lao động"));
        for (AlqacData.Question question : AlqacData.load().questions()) {
            queries.add(question.text());
            queries.add(question.folded().text());
        }
        IndexSearcher searcher = new IndexSearcher(reader);
        int compared = 0;
        for (String query : queries) {
            for (boolean allWords : new boolean[] {false, true}) {
                SearchRequest request = SearchRequest.of(query, 10);
                if (allWords) {
                    request = request.withMode("all");
                }
                QueryFactory.Plan plan = QUERIES.build(request, SearchTuning.DEFAULT, searcher);
                assertThat(searcher.count(plan.matching())).as(query + (allWords ? " (all words)" : ""))
                        .isEqualTo(searcher.count(plan.query()));
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(2000);
    }
}
