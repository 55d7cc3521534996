package vn.vbtrace.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
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

    /**
     * UBND typed as a word finds "Ủy ban nhân dân" as well; the same code inside a số ký hiệu names the issuer of
     * that one number: the number is asked for whole, as a phrase of its syllables, and no code of it is expanded
     * (every document holds "quyết định" and "Ủy ban nhân dân": they only cost the counts time).
     */
    @Test
    void theCodesOfANumberAreNotExpandedToThePhrasesTheyAbbreviate() throws Exception {
        IndexSearcher searcher = new IndexSearcher(reader);
        assertThat(phrases(QUERIES.build(SearchRequest.of("UBND tỉnh", 10), SearchTuning.DEFAULT, searcher).query()))
                .contains("text_f:\"uy ban nhan dan\"");
        for (String number : List.of("1852/QĐ-UBND", "1852/QD-UBND", "1852 qd ubnd", "quyết định 1852/QĐ-UBND")) {
            assertThat(phrases(QUERIES.build(SearchRequest.of(number, 10), SearchTuning.DEFAULT, searcher).query()))
                    .as(number).containsExactly("text_f:\"1852 qd ubnd\"");
        }
        // Six digits, as many as the extraction reads from a document ("138661/QĐ-BKHCN" of a big ministry's letters).
        assertThat(phrases(QUERIES.build(SearchRequest.of("138661/QĐ-BKHCN", 10), SearchTuning.DEFAULT, searcher).query()))
                .containsExactly("text_f:\"138661 qd bkhcn\"");
    }

    private static List<String> phrases(Query query) {
        List<String> phrases = new ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur,
                                                                        Query parent) {
                return this;
            }

            @Override
            public void consumeTerms(Query query, Term... terms) {
                if (query instanceof PhraseQuery) {
                    phrases.add(query.toString());
                }
            }
        });
        return phrases;
    }
}
