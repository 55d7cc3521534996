package vn.vbtrace.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
    void aStatementIsPlannedOnceForListsAndStringsOfEverySize() {
        try (GraphStore store = GraphStore.open(GraphSettings.embedded(data.resolve("graph")))) {
            clearPlans(store);
            lookUp(store, 1, "1/QĐ");
            assertThat(clearPlans(store)).as("the statement's plan").isEqualTo(1);

            lookUp(store, 1, "1/QĐ");
            lookUp(store, 7, "1852/QĐ-UBND");
            lookUp(store, 70, "138661/QĐ-BKHCN");
            lookUp(store, 700, "5/KH");
            assertThat(clearPlans(store)).as("lists of 1, 7, 70 and 700 ids, numbers of 4 to 15 characters: one plan")
                    .isEqualTo(1);
        }
    }

    private static void lookUp(GraphStore store, int ids, String number) {
        GraphTestAccess.run(store, LOOKUP, Map.of("ids", ids(ids), "number", number));
    }

    /** Empties Neo4j's plan cache; returns how many plans it held. */
    private static int clearPlans(GraphStore store) {
        String answer = GraphTestAccess.read(store, "CALL db.clearQueryCaches()", Map.of()).getFirst().get(0).asString();
        Matcher count = CLEARED.matcher(answer);
        assertThat(count.find()).as(answer).isTrue();
        return Integer.parseInt(count.group(1));
    }

    private static List<String> ids(int n) {
        return IntStream.range(0, n).mapToObj(i -> "doc-" + i).toList();
    }
}
