package vn.vbtrace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;

/**
 * The embedded graph plans a statement once, whatever the size of its lists and strings. Neo4j's default keys its
 * plan cache by each parameter's size rounded up to a power of ten, so the same statement was planned again for a
 * batch of 1 rather than 8 documents or a number of 9 rather than 12 characters (10 to 300 ms each): a server's first
 * upload planned anew what the start's rehearsal had planned for other sizes.
 */
class QueryPlanCacheIT {

    private static final Pattern CLEARED = Pattern.compile("cleared of (\\d+) queries");
    private static final String LOOKUP = "UNWIND $ids AS id OPTIONAL MATCH (d:Document {id: id}) WHERE d.number <> $number RETURN count(d)";

    @TempDir
    Path data;

    @Test
    void aStatementIsPlannedOnceForListsAndStringsOfEverySize() throws Exception {
        Path storeDir = data.resolve("graph");
        try (GraphStore store = GraphStore.open(GraphSettings.embedded(storeDir))) {
            store.write(SeedDocuments.qd1852());
            String password = Files.readString(store.boltPasswordFile(), StandardCharsets.UTF_8).strip();
            try (Driver driver = GraphDatabase.driver("bolt://127.0.0.1:" + store.boltPort(),
                    AuthTokens.basic(EmbeddedNeo4j.USER, password)); Session session = driver.session()) {
                clearPlans(session);
                session.run(LOOKUP, Map.of("ids", ids(1), "number", "1/QĐ")).consume();
                int oneSize = clearPlans(session);

                session.run(LOOKUP, Map.of("ids", ids(1), "number", "1/QĐ")).consume();
                session.run(LOOKUP, Map.of("ids", ids(7), "number", "1852/QĐ-UBND")).consume();
                session.run(LOOKUP, Map.of("ids", ids(70), "number", "138661/QĐ-BKHCN")).consume();
                session.run(LOOKUP, Map.of("ids", ids(700), "number", "5/KH")).consume();
                int fourSizes = clearPlans(session);

                assertThat(oneSize).as("the statement's plan").isEqualTo(1);
                assertThat(fourSizes).as("lists of 1, 7, 70 and 700 ids, numbers of 4 to 15 characters: one plan")
                        .isEqualTo(oneSize);
            }
        }
    }

    /** Empties Neo4j's plan cache; returns how many plans it held. */
    private static int clearPlans(Session session) {
        String answer = session.run("CALL db.clearQueryCaches()").single().get(0).asString();
        Matcher count = CLEARED.matcher(answer);
        assertThat(count.find()).as(answer).isTrue();
        return Integer.parseInt(count.group(1));
    }

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "doc-" + i).toList();
    }
}
