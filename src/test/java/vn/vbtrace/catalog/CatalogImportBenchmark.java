package vn.vbtrace.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import vn.vbtrace.graph.CatalogEntry;
import vn.vbtrace.graph.GraphSettings;
import vn.vbtrace.graph.GraphStore;

/**
 * Issue 14, point 2, on demand (not in every build): a generated national catalog of 200,000 records and 1,000,000
 * relations imported into an embedded graph, beside a baseline measured in the same run (one transaction per record,
 * the way a naive loader writes, on a sample), then imported again (nothing changes: every record unchanged).
 * <pre>./mvnw -o -B test -Dtest=CatalogImportBenchmark -Dvbtrace.bench.catalog=true
 *     [-Dvbtrace.bench.records=200000 -Dvbtrace.bench.relations=1000000]</pre>
 */
@EnabledIfSystemProperty(named = "vbtrace.bench.catalog", matches = "true")
class CatalogImportBenchmark {

    private static final String[] TYPES = {"Quyết định", "Nghị định", "Thông tư", "Nghị quyết", "Chỉ thị"};
    private static final String[] CODES = {"QĐ-TTg", "NĐ-CP", "TT-BTC", "NQ-CP", "CT-TTg", "QĐ-UBND", "TT-BKHCN"};
    private static final String[] STATUSES = {"Còn hiệu lực", "Hết hiệu lực toàn bộ", "Hết hiệu lực một phần", ""};
    private static final String[] RELATIONS = {"căn cứ", "hướng dẫn", "sửa đổi, bổ sung", "thay thế", "bãi bỏ", "dẫn chiếu"};

    @TempDir
    Path dir;

    @Test
    void twoHundredThousandRecordsAndAMillionRelations() throws IOException {
        int records = Integer.getInteger("vbtrace.bench.records", 200_000);
        int relations = Integer.getInteger("vbtrace.bench.relations", 1_000_000);
        Path catalog = dir.resolve("catalog.csv");
        Path links = dir.resolve("relations.csv");
        generate(catalog, links, records, relations, new Random(14));
        try (GraphStore graph = GraphStore.open(GraphSettings.embedded(dir.resolve("graph")))) {
            CatalogImporter importer = new CatalogImporter(graph);
            // Baseline, same run: a transaction per record (the importer's batch of one), on a sample.
            int sample = Math.min(2_000, records);
            List<CatalogEntry> firstRows = new ArrayList<>();
            for (int i = 0; i < sample; i++) {
                firstRows.add(entry(i, new Random(i)));
            }
            long t0 = System.nanoTime();
            for (CatalogEntry e : firstRows) {
                graph.importCatalog(List.of(e)); // one transaction per record
            }
            double baselinePerSecond = sample / seconds(t0);

            long t1 = System.nanoTime();
            long[] recordsDone = {0};
            CatalogReport first = importer.importFiles(List.of(catalog), List.of(links), (phase, n) -> {
                if (phase.equals("records")) {
                    recordsDone[0] = System.nanoTime();
                }
                if (n % 100_000 == 0) {
                    System.out.printf("  %,d %s (%.0f s)%n", n, phase, seconds(t1));
                }
            });
            double firstSeconds = seconds(t1);
            long t2 = System.nanoTime();
            CatalogReport again = importer.importFiles(List.of(catalog), List.of(links), (phase, n) -> { });
            double againSeconds = seconds(t2);

            System.out.printf("%n| catalog import (%,d records, %,d relations) | seconds | rows/s |%n|---|---|---|%n", records, relations);
            System.out.printf("| baseline: one transaction per record (%,d sampled) | %.1f (extrapolated to %,d: %.0f) | %.0f |%n",
                    sample, sample / baselinePerSecond, records, records / baselinePerSecond, baselinePerSecond);
            System.out.printf("| vbtrace, batches of %,d records / %,d relations | %.1f | %.0f |%n", CatalogImporter.RECORD_BATCH,
                    CatalogImporter.LINK_BATCH, firstSeconds, (records + relations) / firstSeconds);
            System.out.printf("| of which records | %.1f | %.0f |%n| of which relations | %.1f | %.0f |%n",
                    (recordsDone[0] - t1) / 1e9, records / ((recordsDone[0] - t1) / 1e9),
                    firstSeconds - (recordsDone[0] - t1) / 1e9, relations / (firstSeconds - (recordsDone[0] - t1) / 1e9));
            System.out.printf("| vbtrace, the same files again (idempotent) | %.1f | %.0f |%n", againSeconds,
                    (records + relations) / againSeconds);
            System.out.printf("first: %s%nagain: imported %d, unchanged %d, relations %d%n", first, again.imported(),
                    again.unchanged(), again.relations());
            assertThat(first.failedCount()).isZero();
            assertThat(again.imported()).isZero();
            assertThat(again.unchanged()).isEqualTo(records);
        }
    }

    private static String blankToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static String number(int i) {
        int year = 1995 + i % 30;
        return (i / CODES.length + 1) + "/" + year + "/" + CODES[i % CODES.length];
    }

    private static CatalogEntry entry(int i, Random random) {
        LocalDate issued = LocalDate.of(1995 + i % 30, 1 + random.nextInt(12), 1 + random.nextInt(28));
        return new CatalogEntry(number(i), TYPES[i % TYPES.length], "Cơ quan " + (i % 40), issued, issued.plusDays(45),
                null, blankToNull(STATUSES[random.nextInt(STATUSES.length)]), "Văn bản thử số " + i + " về việc quản lý, hướng dẫn", "https://example.invalid/" + i);
    }

    /** Records with realistic fields; relations skewed so a few documents are the target of thousands. */
    private static void generate(Path catalog, Path links, int records, int relations, Random random) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(catalog, StandardCharsets.UTF_8)) {
            out.write("number,type,issuer,issued_date,effective_date,expiry_date,status,title,source_url\n");
            for (int i = 0; i < records; i++) {
                CatalogEntry e = entry(i, new Random(i));
                out.write(e.number() + "," + e.type() + "," + e.issuer() + "," + e.issuedDate() + "," + e.effectiveDate() + ",,"
                        + (e.status() == null ? "" : e.status()) + ",\"" + e.title() + "\"," + e.sourceUrl() + "\n");
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(links, StandardCharsets.UTF_8)) {
            out.write("from_number,to_number,relation,source_url\n");
            for (int i = 0; i < relations; i++) {
                int from = random.nextInt(records);
                int to = (int) Math.min(records - 1, Math.floor(Math.pow(random.nextDouble(), 3) * records));
                if (to == from) {
                    to = (to + 1) % records;
                }
                out.write(number(from) + "," + number(to) + "," + RELATIONS[random.nextInt(RELATIONS.length)] + ",\n");
            }
        }
    }
}
