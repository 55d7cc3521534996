package vn.vbtrace.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.document.SearchHit;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.ingest.Pipeline;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4, point 1: the folded fields let "tai chinh" find "tài chính", but they also fold
 * other words onto the same letters ("tại chính quyền", "bão hiếm"). Typed with diacritics,
 * the document with the exact words must come first, even where the collision repeats them.
 */
class DiacriticRankingTests {

    @TempDir
    static Path dir;
    static SearchIndex index;

    /** file name → text: each collision document repeats the folded form, to tempt a folded-only ranking. */
    private static final List<String[]> DOCUMENTS = List.of(
            new String[] {"tai-chinh.txt", "Sở Tài chính thẩm định dự toán kinh phí của chương trình."},
            new String[] {"tai-chinh-quyen.txt", "Hồ sơ nộp tại chính quyền cấp xã; kết quả trả tại chính quyền cấp xã"
                    + " nơi người dân cư trú."},
            new String[] {"bao-hiem.txt", "Người lao động tham gia bảo hiểm xã hội bắt buộc theo quy định."},
            new String[] {"bao-hiem-gap.txt", "Cơn bão hiếm gặp đổ bộ vào đất liền; bão hiếm khi mạnh như vậy vào tháng Mười Hai."},
            new String[] {"hang-hoa.txt", "Kiểm tra chất lượng hàng hoá nhập khẩu và hàng hóa lưu thông trên thị trường."});

    @BeforeAll
    static void indexDocuments() throws Exception {
        index = SearchIndex.openWritable(dir.resolve("index"));
        Pipeline pipeline = new Pipeline();
        for (String[] document : DOCUMENTS) {
            index.put(pipeline.process(document[0], document[1].getBytes(StandardCharsets.UTF_8), document[0]));
        }
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<String> sources(String query) {
        return index.search(SearchRequest.of(query, 10)).hits().stream().map(h -> h.document().source()).toList();
    }

    @Test
    void bothToneMarkPlacementsAndNoDiacriticsFindTheSameDocuments() {
        assertThat(sources("hàng hóa")).containsExactly("hang-hoa.txt");
        assertThat(sources("hàng hoá")).containsExactlyElementsOf(sources("hàng hóa"));
        assertThat(sources("hang hoa")).containsExactlyElementsOf(sources("hàng hóa"));
    }

    @Test
    void theExactWordsOutrankAWordThatOnlyFoldsTheSame() {
        assertThat(sources("tài chính")).startsWith("tai-chinh.txt").contains("tai-chinh-quyen.txt");
        assertThat(sources("bảo hiểm")).startsWith("bao-hiem.txt").contains("bao-hiem-gap.txt");
        // Typed without diacritics both readings are fair, and both are found.
        assertThat(sources("tai chinh")).contains("tai-chinh.txt", "tai-chinh-quyen.txt");
        assertThat(sources("bao hiem")).contains("bao-hiem.txt", "bao-hiem-gap.txt");
    }

    @Test
    void theExactDocumentScoresClearlyHigher() {
        List<SearchHit> hits = index.search(SearchRequest.of("tài chính", 10)).hits();
        // Not a tie broken by luck: the exact match is worth well over the folded one.
        assertThat(hits.get(0).score()).isGreaterThan(1.5f * hits.get(1).score());
    }
}
