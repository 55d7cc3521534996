package vn.vbtrace.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.graph.GraphSettings;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.graph.GraphTestAccess;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.validity.ValidityService;

/**
 * Issue 9, point 3, for the check: a draft citing 10 documents checked against a graph of 100,000 held documents, one
 * of the cited documents being a hub cited by 5,000 of them, beside a baseline measured in the same run: the former
 * evidence, every citer of every cited document loaded into Java ({@link GraphStore#incoming}). On demand:
 * <pre>./mvnw -o -B test -Dtest=CheckScaleBenchmark -Dvbtrace.bench.check=true [-Dvbtrace.bench.documents=100000]</pre>
 * The graph is written directly (documents and their citations), not ingested: the check reads only the graph.
 */
@EnabledIfSystemProperty(named = "vbtrace.bench.check", matches = "true")
class CheckScaleBenchmark {

    /** How many documents cite each of the 10 cited documents: a hub, then a power law. */
    private static final int[] CITERS = {5_000, 1_200, 600, 300, 150, 80, 40, 20, 10, 0};

    @TempDir
    Path dir;

    @Test
    void aTenCitationDraftAtAHundredThousandDocuments() {
        int documents = Integer.getInteger("vbtrace.bench.documents", 100_000);
        try (GraphStore graph = GraphStore.open(GraphSettings.embedded(dir.resolve("graph")))) {
            List<String> cited = new ArrayList<>();
            for (int i = 0; i < CITERS.length; i++) {
                cited.add((100 + i) + "/QĐ-TTg");
            }
            long t0 = System.nanoTime();
            build(graph, documents, cited, new Random(9));
            System.out.printf("graph of %,d documents written in %.0f s%n", documents, (System.nanoTime() - t0) / 1e9);
            StringBuilder draft = new StringBuilder("UBND TỈNH BẮC KẠN\nSố:   /KH-UBND\nBắc Kạn, ngày 15 tháng 3 năm 2026\nKẾ HOẠCH\n");
            for (int i = 0; i < cited.size(); i++) {
                draft.append("Căn cứ Quyết định số ").append(cited.get(i)).append(" ngày ").append(i % 2 == 0 ? "15/3/2020" : "16/3/2020")
                        .append(" của Thủ tướng Chính phủ;\n");
            }
            CheckService checks = new CheckService(new Pipeline(), graph);
            CheckReport report = checks.checkText(draft.toString());
            assertThat(report.citations()).hasSize(10);
            assertThat(report.citations().getFirst().evidence().citers()).isEqualTo(CITERS[0]);
            assertThat(report.citations().getFirst().mentions()).hasSizeLessThanOrEqualTo(5);
            int rounds = Math.max(20, Integer.getInteger("vbtrace.bench.rounds", 30));
            double[] check = time(rounds, () -> checks.checkText(draft.toString()));
            List<String> ids = cited.stream().map(DocumentNumbers::idForNumber).toList();
            double[] baseline = time(rounds, () -> ids.forEach(graph::incoming));
            System.out.printf("%n| %,d documents, a 10-citation draft (hub cited by %,d) | p50 ms | p95 ms | max ms |%n|---|---|---|---|%n",
                    documents, CITERS[0]);
            System.out.printf("| check (evidence of all citations aggregated in one Cypher query, validity in one; whole report) | %.1f | %.1f | %.1f |%n", check[0], check[1], check[2]);
            System.out.printf("| baseline: loading every citer of the 10 documents (the former evidence, that step only) | %.1f | %.1f | %.1f |%n",
                    baseline[0], baseline[1], baseline[2]);
            if (Boolean.getBoolean("vbtrace.bench.profile")) {
                profile(graph, cited, ids, rounds);
            }
        }
    }

    /** Where the check's time goes: each step it makes, timed alone, and the PROFILE of its queries on the hub. */
    private static void profile(GraphStore graph, List<String> cited, List<String> ids, int rounds) {
        LocalDate date = LocalDate.of(2020, 3, 15);
        ValidityService validity = new ValidityService(graph);
        Pipeline pipeline = new Pipeline();
        List<LocalDate> dates = cited.stream().map(n -> date).toList();
        String[] names = {"evidence of the 10 citations (one query)", "validity of the 10 cited documents (one query)",
                "bases of peers", "extraction of the draft"};
        Runnable[] steps = {
                () -> graph.evidenceByNumbers(cited, dates),
                () -> validity.statusOf(ids),
                () -> graph.basesOfPeers(ids, 30),
                () -> pipeline.extractText("Căn cứ Quyết định số 100/QĐ-TTg ngày 15/3/2020 của Thủ tướng Chính phủ;"),
        };
        for (int i = 0; i < steps.length; i++) {
            double[] t = time(rounds, steps[i]);
            System.out.printf("| step: %s | %.1f | %.1f | %.1f |%n", names[i], t[0], t[1], t[2]);
        }
        System.out.println("PROFILE evidence of the 10 citations:\n" + GraphTestAccess.profileEvidence(graph, cited, date));
        System.out.println("PROFILE validity of the 10:\n" + GraphTestAccess.profileValidity(graph, ids));
        System.out.println("PROFILE bases of peers:\n" + GraphTestAccess.profileBases(graph, ids));
    }

    private static double[] time(int rounds, Runnable work) {
        for (int i = 0; i < 5; i++) {
            work.run(); // warm-up
        }
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return new double[] {ms[rounds / 2], ms[(int) Math.ceil(rounds * 0.95) - 1], ms[rounds - 1]};
    }

    /** Held documents, each citing another at random; the cited documents as stubs with their distinct citers' dates. */
    private static void build(GraphStore graph, int documents, List<String> cited, Random random) {
        for (int from = 0; from < documents; from += 10_000) {
            GraphTestAccess.run(graph, """
                    UNWIND range($from, $to - 1) AS i
                    CREATE (:Document {id: 'h' + i, number: i + '/KH-UBND', numberKey: i + '/kh-ubnd', stub: false, type: 'Kế hoạch',
                                       issuer: 'UBND tỉnh Bắc Kạn', place: 'Bắc Kạn', issuedDate: date('2024-01-01') + duration({days: i % 700})})
                    """, Map.of("from", from, "to", Math.min(documents, from + 10_000)));
        }
        GraphTestAccess.run(graph, "CREATE INDEX bench_tmp IF NOT EXISTS FOR (d:Document) ON (d.number)", Map.of());
        for (int from = 0; from < documents; from += 10_000) {
            List<Map<String, Object>> links = new ArrayList<>();
            for (int i = from; i < Math.min(documents, from + 10_000); i++) {
                links.add(Map.of("a", "h" + i, "b", "h" + random.nextInt(documents)));
            }
            GraphTestAccess.run(graph, """
                    UNWIND $links AS l
                    MATCH (a:Document {id: l.a}), (b:Document {id: l.b})
                    CREATE (a)-[:CITES {date: b.issuedDate, text: 'trích dẫn'}]->(b)
                    """, Map.of("links", links));
        }
        for (int c = 0; c < cited.size(); c++) {
            String number = cited.get(c);
            GraphTestAccess.run(graph, """
                    CREATE (:Document {id: $id, number: $number, numberKey: $key, stub: true, type: 'Quyết định',
                                       issuer: 'Thủ tướng Chính phủ', issuedDate: date('2020-03-15')})
                    """, Map.of("id", DocumentNumbers.idForNumber(number), "number", number, "key", DocumentNumbers.key(number)));
            List<Map<String, Object>> citers = new ArrayList<>();
            for (int i = 0; i < CITERS[c]; i++) {
                // Most citers give 15/3/2020, one in ten another date.
                citers.add(Map.of("a", "h" + ((i * 17L + c * 1_000L) % documents), "date", i % 10 == 0 ? LocalDate.of(2020, 3, 16) : LocalDate.of(2020, 3, 15)));
            }
            Map<String, Object> p = new HashMap<>();
            p.put("id", DocumentNumbers.idForNumber(number));
            p.put("citers", citers);
            GraphTestAccess.run(graph, """
                    MATCH (d:Document {id: $id})
                    UNWIND $citers AS c
                    MATCH (a:Document {id: c.a})
                    CREATE (a)-[:BASED_ON {date: c.date, text: 'Căn cứ Quyết định số ...', start: 0, end: 10}]->(d)
                    """, p);
        }
    }
}
