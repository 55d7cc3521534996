package vn.vbtrace.bench;

import vn.vbtrace.document.FilterField;
import vn.vbtrace.document.Json;
import vn.vbtrace.document.SearchRequest;
import vn.vbtrace.index.LuceneSearchIndex;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The latency of {@code /api/search} answered in process over an existing index, opened read-only as the search
 * command opens it: word queries, document numbers and filtered queries, limit 10. Prints p50/p95 of wall time and
 * of the thread's CPU time (the machine may be shared: CPU time is the figure to compare) per kind, and a digest of
 * every answer (hits, scores, total, facets as JSON), so two builds can be shown to answer alike.
 * <p>
 * {@code java -Xmx1g -cp target/test-classes:target/classes:$(cat cp.txt) vn.vbtrace.bench.SearchLatency INDEX [rounds]}
 */
public final class SearchLatency {

    static final List<String> WORDS = List.of("nâng cao năng suất và chất lượng sản phẩm", "chuyen doi so trong co quan nha nuoc",
            "hỗ trợ doanh nghiệp nhỏ và vừa", "an toàn thực phẩm", "xay dung nong thon moi", "kinh phí thực hiện kế hoạch",
            "phát triển tài sản trí tuệ", "tiêu chuẩn cơ sở", "đổi mới sáng tạo và khởi nghiệp", "truy xuat nguon goc");
    static final List<String> NUMBERS = List.of("299150/2008/NĐ-CP", "1322/QĐ-TTg", "quyết định 1852", "52/2014/QH13");

    private SearchLatency() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Map<String, List<SearchRequest>> kinds = new LinkedHashMap<>();
        kinds.put("words", WORDS.stream().map(q -> SearchRequest.of(q, 10)).toList());
        kinds.put("numbers", NUMBERS.stream().map(q -> SearchRequest.of(q, 10)).toList());
        kinds.put("filtered", List.of(SearchRequest.of(WORDS.get(0), 10).withFilter(FilterField.TYPE, "Quyết định"),
                SearchRequest.of(WORDS.get(3), 10).withYears(2015, 2020),
                SearchRequest.of(WORDS.get(5), 10).withFilter(FilterField.STATUS, "UNKNOWN"),
                SearchRequest.of(WORDS.get(2), 10).withMode("all"),
                SearchRequest.of("\"Sở Tài chính\" kế hoạch", 10)));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (LuceneSearchIndex index = LuceneSearchIndex.openReadOnly(dir).orElseThrow()) {
            System.out.printf("%,d documents%n", index.count());
            MessageDigest all = MessageDigest.getInstance("SHA-256");
            for (Map.Entry<String, List<SearchRequest>> kind : kinds.entrySet()) {
                for (SearchRequest request : kind.getValue()) {
                    String answer = Json.write(index.search(request));
                    all.update(answer.getBytes(StandardCharsets.UTF_8));
                    System.out.printf("  %s %s%n", digest(answer), request.query());
                }
            }
            System.out.println("answers " + HexFormat.of().formatHex(all.digest()).substring(0, 16));
            for (Map.Entry<String, List<SearchRequest>> kind : kinds.entrySet()) {
                List<SearchRequest> requests = kind.getValue();
                int warm = Math.max(300, rounds * requests.size());
                for (int i = 0; i < warm; i++) {
                    index.search(requests.get(i % requests.size()));
                }
                int n = Math.max(300, rounds * requests.size());
                double[] wall = new double[n];
                double[] cpu = new double[n];
                for (int i = 0; i < n; i++) {
                    long cpu0 = threads.getCurrentThreadCpuTime();
                    long wall0 = System.nanoTime();
                    index.search(requests.get(i % requests.size()));
                    wall[i] = (System.nanoTime() - wall0) / 1e6;
                    cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
                }
                java.util.Arrays.sort(wall);
                java.util.Arrays.sort(cpu);
                System.out.printf("%-9s n=%-5d wall p50 %6.2f p95 %6.2f   cpu p50 %6.2f p95 %6.2f ms%n", kind.getKey(), n,
                        percentile(wall, 50), percentile(wall, 95), percentile(cpu, 50), percentile(cpu, 95));
            }
        }
    }

    private static String digest(String answer) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(answer.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(hash).substring(0, 12);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
