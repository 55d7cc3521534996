package vn.vbtrace.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.bench.CorpusGenerator;
import vn.vbtrace.bench.GeneratedSetStatistics;
import vn.vbtrace.document.Citer;
import vn.vbtrace.document.Json;
import vn.vbtrace.graph.CitationEvidence;
import vn.vbtrace.graph.GraphDocument;
import vn.vbtrace.graph.GraphTarget;
import vn.vbtrace.graph.GraphTestAccess;
import vn.vbtrace.system.Stores;
import vn.vbtrace.system.StoresOnTarget;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, point 3: the draft check's evidence of a cited document is read without visiting its citers (the index
 * counts them and picks the examples, the graph gives the node and the mentions), and says exactly what a full pass
 * over the citers in Cypher says: how many cite it, how many give each date, and which mentions to show, those that
 * date it otherwise than the draft first, then the newest. Checked for every cited document of a generated set with a
 * hub, the shipped corpus, and plans that date the hub wrongly or not at all, against every date its citers give, a
 * date none gives, and no date. The document page's first citers, listed the same way, are checked here too.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("vn.vbtrace.graph.GraphTarget#selected")
class CitedDocumentsIT {

    @Parameter
    GraphTarget target;

    /** The evidence as the check computed it before, in one pass over every citer: the reference answer. */
    private static final String FULL_PASS = """
            MATCH (d:Document {id: $id})
            CALL (d) {
              MATCH (c:Document)-[r]->(d)
              WHERE c.stub = false
              WITH c, r ORDER BY r.start
              WITH c, collect(r) AS mentions
              WITH c, head(mentions) AS first,
                   reduce(ds = [], x IN mentions | CASE WHEN x.date IS NULL OR x.date IN ds THEN ds ELSE ds + x.date END) AS dates
              RETURN collect({citer: c, first: first, date: first.date, dates: dates}) AS citing
            }
            RETURN size(citing) AS citers,
                   COLLECT { UNWIND citing AS row UNWIND row.dates AS date
                             WITH date, count(*) AS n
                             RETURN {date: date, n: n} ORDER BY n DESC, date LIMIT 10 } AS dates,
                   COLLECT { UNWIND citing AS row
                             WITH row ORDER BY CASE WHEN row.date = $date THEN 1 ELSE 0 END, row.citer.issuedDate DESC, row.citer.id
                             LIMIT 5
                             RETURN {id: row.citer.id, number: row.citer.number, date: row.date, quote: row.first.text} } AS examples
            """;

    @TempDir
    static Path dir;
    static Stores stores;
    static GraphDocument hub;

    @BeforeParameterizedClassInvocation
    static void ingest(GraphTarget target) throws Exception {
        Path set = dir.resolve(target.name()).resolve("set");
        CorpusGenerator.generate(200, set, 11, Path.of("src/test/resources/seeds"));
        String hubNumber = GeneratedSetStatistics.of(set).mostCited();
        LocalDate hubDate = null;
        for (String line : Files.readAllLines(set.resolve("meta.jsonl"))) {
            Map<?, ?> meta = Json.read(line, Map.class);
            if (hubNumber.equals(meta.get("number"))) {
                hubDate = LocalDate.parse((String) meta.get("date"));
            }
        }
        // Plans that cite the hub a day late, without a date, and twice with two dates: the examples a draft is shown first.
        Path odd = Files.createDirectories(dir.resolve(target.name()).resolve("odd"));
        String late = dayMonthYear(hubDate.plusDays(1));
        List<String> bases = List.of("Căn cứ Quyết định số " + hubNumber + " ngày " + late + ";",
                "Căn cứ Quyết định số " + hubNumber + " của Thủ tướng Chính phủ;",
                "Căn cứ Quyết định số " + hubNumber + " ngày " + late + ";\nThực hiện Quyết định số " + hubNumber + " ngày "
                        + dayMonthYear(hubDate) + ";");
        for (int i = 0; i < bases.size(); i++) {
            Files.writeString(odd.resolve("odd-" + i + ".txt"), String.join("\n", "ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN",
                    "Số: " + (900 + i) + "/KH-UBND", "Bắc Kạn, ngày 10 tháng 3 năm 202" + i, "KẾ HOẠCH",
                    "Triển khai nhiệm vụ năm 202" + i, bases.get(i), "Sở Tài chính bố trí kinh phí thực hiện."));
        }
        stores = StoresOnTarget.openFresh(dir.resolve(target.name()).resolve("data"), target);
        stores.ingester().ingest(List.of(set.resolve("docs"), TestCorpus.ROOT, odd), s -> { }, n -> { });
        hub = stores.graph().findByNumber(hubNumber).orElseThrow();
    }

    private static String dayMonthYear(LocalDate date) {
        return date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
    }

    @AfterParameterizedClassInvocation
    static void close() {
        stores.close();
    }

    @Test
    void everyCitedDocumentsEvidenceIsWhatAFullPassOverItsCitersSays() {
        CitedDocuments cited = new CitedDocuments(stores.graph(), stores.index());
        int compared = 0;
        int withOtherwiseDated = 0;
        for (String id : citedDocuments()) {
            List<LocalDate> asked = new ArrayList<>();
            asked.add(null);
            asked.add(LocalDate.of(1999, 1, 1));
            for (Value date : fullPass(id, null).get("dates").values()) {
                asked.add(date.get("date").asLocalDate());
            }
            for (LocalDate date : asked) {
                Record expected = fullPass(id, date);
                CitationEvidence actual = cited.byId(id, date).orElseThrow();
                assertThat(actual.citers()).as("citers of %s", id).isEqualTo(expected.get("citers").asInt());
                assertThat(actual.dates()).as("dates given %s", id).containsExactlyElementsOf(
                        expected.get("dates").asList(v -> new CitationEvidence.DateCount(v.get("date").asLocalDate(), v.get("n").asInt())));
                assertThat(actual.examples()).as("examples of %s against %s", id, date).containsExactlyElementsOf(
                        expected.get("examples").asList(v -> new CitationEvidence.Example(v.get("id").asString(),
                                v.get("number").asString(null), v.get("date").isNull() ? null : v.get("date").asLocalDate(),
                                v.get("quote").asString(null))));
                if (date != null && actual.examples().stream().anyMatch(e -> !date.equals(e.citedDate()))
                        && actual.examples().stream().anyMatch(e -> date.equals(e.citedDate()))) {
                    withOtherwiseDated++;
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(200);
        assertThat(withOtherwiseDated).as("answers that put otherwise-dated mentions before agreeing ones").isGreaterThan(0);
    }

    @Test
    void theHubsEvidenceCountsThePlansThatDateItOtherwiseAndShowsThemFirst() {
        CitationEvidence evidence = new CitedDocuments(stores.graph(), stores.index()).byId(hub.id(), hub.issuedDate()).orElseThrow();
        assertThat(evidence.citers()).isEqualTo(hub.citedByCount());
        LocalDate late = hub.issuedDate().plusDays(1);
        assertThat(evidence.dates()).contains(new CitationEvidence.DateCount(late, 2));
        assertThat(evidence.dates().getFirst().date()).isEqualTo(hub.issuedDate());
        assertThat(evidence.examples()).extracting(CitationEvidence.Example::number).startsWith("902/KH-UBND", "901/KH-UBND", "900/KH-UBND");
        assertThat(evidence.examples().get(1).citedDate()).as("901 gives no date").isNull();
    }

    /** The document page's first citers, listed by the index and read from the graph, are the first of all its citations. */
    @Test
    void everyDocumentPagesFirstCitersAreTheOldestOfAllItsCitations() {
        int truncated = 0;
        for (String id : citedDocuments()) {
            List<Citer> all = stores.graph().incoming(id).stream()
                    .map(link -> new Citer(link.relation(), link.id(), link.number(), link.title())).toList();
            for (int limit : new int[] {3, 100}) {
                List<Citer> page = stores.graph().pageById(id, stores.index().citersOldestFirst(id, limit), limit).orElseThrow().citers();
                assertThat(page).as("first %d citations of %s", limit, id).containsExactlyElementsOf(all.subList(0, Math.min(limit, all.size())));
                truncated += all.size() > limit ? 1 : 0;
            }
        }
        assertThat(truncated).as("pages that leave citations out").isGreaterThan(10);
    }

    /**
     * The comparable documents whose bases a draft is compared with are the newest citers of what it cites, as a
     * pass over all of them in Cypher ranks them; read from the index, for one cited document or several.
     */
    @Test
    void theNewestPeersOfEveryCitedSetAreThoseAFullPassRanksFirst() {
        List<String> targets = citedDocuments();
        List<List<String>> citedSets = new ArrayList<>();
        targets.forEach(id -> citedSets.add(List.of(id)));
        for (int i = 0; i + 3 < targets.size(); i += 7) {
            citedSets.add(List.of(hub.id(), targets.get(i), targets.get(i + 3)));
        }
        for (List<String> cited : citedSets) {
            for (int limit : new int[] {5, 200}) {
                List<String> expected = GraphTestAccess.read(stores.graph(), """
                        UNWIND $cited AS cid
                        MATCH (:Document {id: cid})<--(peer:Document)
                        WHERE peer.stub = false
                        WITH DISTINCT peer ORDER BY peer.issuedDate DESC, peer.id LIMIT $limit
                        RETURN peer.id AS id
                        """, Map.of("cited", cited, "limit", limit)).stream().map(r -> r.get("id").asString()).toList();
                assertThat(stores.index().newestCiters(cited, limit)).as("newest %d citers of %s", limit, cited)
                        .containsExactlyElementsOf(expected);
            }
        }
    }

    /**
     * The hub and every document cited by more than one, then every fifth of the others (by id): each kind of cited
     * document (a hub, documents cited a few times, once, stubs, the corpus's own) in a test that stays short.
     */
    private static List<String> citedDocuments() {
        List<String> sample = new ArrayList<>();
        List<Record> cited = GraphTestAccess.read(stores.graph(), """
                MATCH (d:Document) WHERE EXISTS { (:Document)-->(d) }
                RETURN d.id AS id, COUNT { (:Document)-->(d) } > 1 AS several ORDER BY id""", Map.of());
        for (int i = 0; i < cited.size(); i++) {
            if (cited.get(i).get("several").asBoolean() || i % 5 == 0) {
                sample.add(cited.get(i).get("id").asString());
            }
        }
        assertThat(sample).contains(hub.id()).hasSizeGreaterThan(60);
        return sample;
    }

    private static Record fullPass(String id, LocalDate date) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("id", id);
        parameters.put("date", date);
        return GraphTestAccess.read(stores.graph(), FULL_PASS, parameters).getFirst();
    }
}
