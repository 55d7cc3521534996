package vn.vbtrace.trace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vbtrace.bench.CorpusGenerator;
import vn.vbtrace.bench.GeneratedSetStatistics;
import vn.vbtrace.document.Chain;
import vn.vbtrace.document.ChainEdge;
import vn.vbtrace.document.ChainNode;
import vn.vbtrace.document.Direction;
import vn.vbtrace.document.DocumentRef;
import vn.vbtrace.document.Json;
import vn.vbtrace.document.ProgramLineage;
import vn.vbtrace.document.ProgramSummary;
import vn.vbtrace.graph.GraphDocument;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.graph.ProgramDocuments;
import vn.vbtrace.graph.GraphTarget;
import vn.vbtrace.graph.Link;
import vn.vbtrace.ingest.IngestReport;
import vn.vbtrace.system.Stores;
import vn.vbtrace.system.StoresOnTarget;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 9, point 3: a chain is bounded. A decision cited by a hundred documents shows the first page of its
 * citers, how many there are, what they are (by relation, issuer and year) and a cursor; following the cursors
 * reaches every citer, each on one page.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("vn.vbtrace.graph.GraphTarget#selected")
class ChainPagingIT {

    /** The graph this run uses; JUnit sets it, and hands it to the class set-up as well. */
    @Parameter
    GraphTarget target;

    private static final int DOCUMENTS = 300;
    private static final int PAGE = 20;

    @TempDir
    static Path dir;
    static Stores stores;
    static GraphDocument hub;

    @BeforeParameterizedClassInvocation
    static void ingestAGeneratedSet(GraphTarget target) throws Exception {
        Path set = dir.resolve(target.name()).resolve("set");
        CorpusGenerator.generate(DOCUMENTS, set, 5, Path.of("src/test/resources/seeds"));
        stores = StoresOnTarget.openFresh(dir.resolve(target.name()).resolve("data"), target);
        IngestReport report = stores.ingester().ingest(List.of(set.resolve("docs")), s -> { }, n -> { });
        assertThat(report.ingested()).isEqualTo(DOCUMENTS);
        hub = stores.graph().findByNumber(GeneratedSetStatistics.of(set).mostCited()).orElseThrow();
    }

    @AfterParameterizedClassInvocation
    static void close() {
        stores.close();
    }

    @Test
    void theMostCitedDecisionShowsAPageOfCitersTheirCountsAndACursorThatReachesEveryCiterOnce() {
        ChainService chains = new ChainService(stores.graph(), stores.index());
        Set<String> citers = stores.graph().incoming(hub.id()).stream().map(Link::id).collect(Collectors.toSet());
        assertThat(citers).hasSizeGreaterThan(3 * PAGE);
        assertThat(hub.citedByCount()).as("the citer count the writer keeps").isEqualTo(citers.size());

        Chain first = chains.chain(hub.number(), Direction.DOWN, 1, PAGE);
        assertThat(first.nodes()).hasSizeLessThanOrEqualTo(PAGE);
        assertThat(first.isComplete()).isFalse();
        Chain.Truncated cut = first.truncated().stream().filter(t -> t.id().equals(hub.id())).findFirst().orElseThrow();
        assertThat(cut.direction()).isEqualTo("DOWN");
        assertThat(cut.total()).isEqualTo(citers.size());
        assertThat(cut.groups()).isNotNull();
        assertThat(cut.groups().byYear().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(citers.size());
        assertThat(cut.groups().byIssuer().values().stream().mapToInt(Integer::intValue).sum() + cut.groups().otherIssuers())
                .isEqualTo(citers.size());
        assertThat(cut.groups().byRelation()).containsKey("BASED_ON");

        Set<String> seen = new LinkedHashSet<>(shownCiters(first));
        int pages = 1;
        String cursor = cut.cursor();
        while (cursor != null) {
            Chain page = chains.more(cursor, PAGE);
            assertThat(page.root().id()).isEqualTo(hub.id());
            assertThat(page.nodes()).hasSizeLessThanOrEqualTo(PAGE);
            seen.addAll(shownCiters(page));
            cursor = page.truncated().stream().filter(t -> t.id().equals(hub.id())).map(Chain.Truncated::cursor)
                    .findFirst().orElse(null);
            pages++;
            assertThat(pages).as("pages").isLessThanOrEqualTo(citers.size());
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(citers);
    }

    /**
     * A program's page lists the oldest of the documents carrying it out (naming it, or citing its approving decision)
     * and counts them all, however many cite the decision: the citers come from the index's first by date.
     */
    @Test
    void aProgramsPageListsTheOldestDocumentsCarryingItOutAndCountsThemAll() {
        GraphStore graph = stores.graph();
        ProgramSummary program = graph.programs(null, null, 1000).stream().filter(p -> p.approvedBy() != null)
                .max(Comparator.comparingInt((ProgramSummary p) -> graph.incoming(p.approvedBy().id()).size())).orElseThrow();
        ProgramDocuments documents = graph.documentsOfProgram(program.key());
        Set<String> carryingOut = new HashSet<>(documents.naming());
        documents.approvers().forEach(approver -> graph.incoming(approver).forEach(link -> carryingOut.add(link.id())));
        carryingOut.removeAll(documents.approvers());
        int shown = 5;
        assertThat(carryingOut).as("documents carrying out " + program.key()).hasSizeGreaterThan(shown);

        ProgramLineage lineage = new ProgramService(graph, stores.index()).lineage(program.key(), shown);

        assertThat(lineage.implementedByCount()).isEqualTo(carryingOut.size());
        List<String> oldest = carryingOut.stream().map(id -> graph.findById(id).orElseThrow())
                .sorted(Comparator.comparing(GraphDocument::issuedDate, Comparator.nullsLast(Comparator.naturalOrder()))
                        .thenComparing(GraphDocument::id))
                .limit(shown).map(GraphDocument::id).toList();
        assertThat(lineage.implementedBy()).extracting(DocumentRef::id).containsExactlyElementsOf(oldest);
    }

    @Test
    void aPageWithRoomForEveryCitationIsNotCutAndAPageOneShortLeavesExactlyTheLastToItsCursor() {
        // A hop asks for one row more than it shows: that row, not a count of the rows, tells a page was cut.
        ChainService chains = new ChainService(stores.graph(), stores.index());
        List<Link> citations = stores.graph().incoming(hub.id()); // a citer citing it two ways is two rows
        Set<String> citers = citations.stream().map(Link::id).collect(Collectors.toSet());

        Chain whole = chains.chain(hub.number(), Direction.DOWN, 1, citations.size() + 1);
        assertThat(shownCiters(whole)).containsExactlyInAnyOrderElementsOf(citers);
        assertThat(whole.edges()).hasSize(citations.size());
        assertThat(whole.truncated()).as("nothing cut when the room holds every citation").isEmpty();
        assertThat(whole.isComplete()).isTrue();

        Chain oneShort = chains.chain(hub.number(), Direction.DOWN, 1, citations.size());
        assertThat(oneShort.edges()).hasSize(citations.size() - 1);
        Chain.Truncated cut = oneShort.truncated().stream().filter(t -> t.id().equals(hub.id())).findFirst().orElseThrow();
        assertThat(cut.total()).isEqualTo(citers.size());
        Chain rest = chains.more(cut.cursor(), PAGE);
        assertThat(rest.edges()).as("the one citation left").hasSize(1);
        assertThat(rest.truncated()).as("the last page has no cursor").isEmpty();
        Set<String> seen = new HashSet<>(shownCiters(oneShort));
        seen.addAll(shownCiters(rest));
        assertThat(seen).containsExactlyInAnyOrderElementsOf(citers);
    }

    @Test
    void aChainThreeHopsBothWaysFromTheMostCitedStaysWithinItsLimitAndSaysWhatItCut() {
        Chain chain = new ChainService(stores.graph(), stores.index()).chain(hub.number(), Direction.BOTH, 3, 50);
        assertThat(chain.nodes()).hasSizeLessThanOrEqualTo(50);
        Set<String> ids = new HashSet<>(chain.nodes().stream().map(ChainNode::id).toList());
        assertThat(chain.edges()).allSatisfy(e -> assertThat(ids).contains(e.from(), e.to()));
        assertThat(chain.truncated()).isNotEmpty()
                .allSatisfy(t -> assertThat(t.shown()).isLessThan(t.total()));
        String json = Json.write(chain);
        assertThat(json).contains("\"truncated\":[", "\"cursor\":", "\"limit\":50", "\"complete\":false");

    }

    @Test
    void documentsAHopReadByIdOnlyComeWithTheSameColumnsAsThoseReadWithTheirHop() {
        // Room for ten more after the first level: the second hop has more rows than room, so it reads the
        // neighbours' ids and then the kept ones' columns apart; a chain with room for all reads them with its hops.
        ChainService chains = new ChainService(stores.graph(), stores.index());
        int firstLevel = chains.chain(hub.number(), Direction.BOTH, 1, 1000).nodes().size();
        Chain tight = chains.chain(hub.number(), Direction.BOTH, 2, firstLevel + 10);
        Map<String, ChainNode> roomy = chains.chain(hub.number(), Direction.BOTH, 2, 1000).nodes().stream()
                .collect(Collectors.toMap(ChainNode::id, n -> n));
        assertThat(tight.nodes()).hasSize(firstLevel + 10);
        assertThat(tight.nodes()).allSatisfy(n -> assertThat(n).isEqualTo(roomy.get(n.id())));
        assertThat(tight.nodes().subList(firstLevel, firstLevel + 10)).as("the ten read by id")
                .anySatisfy(n -> assertThat(n.title()).isNotBlank());
    }

    @Test
    void aFullChainsLastHopCutsExactlyTheDocumentsWithANeighbourThatWayAndCountsThemAll() {
        // A chain with room for its root alone: the hop shows nothing, and tells which way the root was cut from the
        // counts its columns came with; each document's own chain one hop each way says what it should.
        ChainService chains = new ChainService(stores.graph(), stores.index());
        int cut = 0;
        for (ChainNode node : chains.chain(hub.number(), Direction.BOTH, 1, 41).nodes()) {
            Chain full = chains.chainFrom(node.id(), Direction.BOTH, 1, 1);
            assertThat(full.nodes()).extracting(ChainNode::id).containsExactly(node.id());
            cut += assertCutAsTheirOwnChainsSay(chains, full, List.of(node));
        }
        assertThat(cut).as("documents cut one way or the other").isGreaterThan(40);

        // Room for ten after the first level: the second hop reads ids only and fills the chain, and the third cuts
        // those ten by the counts their columns, read apart, came with.
        int firstLevel = chains.chain(hub.number(), Direction.BOTH, 1, 1000).nodes().size();
        Chain tight = chains.chain(hub.number(), Direction.BOTH, 3, firstLevel + 10);
        List<ChainNode> lastLevel = tight.nodes().subList(firstLevel, firstLevel + 10);
        assertThat(assertCutAsTheirOwnChainsSay(chains, tight, lastLevel)).isPositive();
    }

    @Test
    void aLevelThatFillsTheChainShowsEachOfItsDocumentsNeighboursOrListsThemBehindItsCursor() {
        // Room for ten after the first level: the second is read a part at a time until the chain is full, and the
        // documents it did not reach are cut. Whichever way, what a document's edges show and its cursor's page
        // give together are exactly its own neighbours, and the chain is full.
        ChainService chains = new ChainService(stores.graph(), stores.index());
        List<ChainNode> firstLevel = chains.chain(hub.number(), Direction.BOTH, 1, 1000).nodes();
        assertThat(firstLevel).as("more documents than the room left after them").hasSizeGreaterThan(20);
        Chain tight = chains.chain(hub.number(), Direction.BOTH, 2, firstLevel.size() + 10);
        assertThat(tight.nodes()).hasSize(firstLevel.size() + 10);
        // The second level's frontier: the documents linked to the hub in the tight chain (its first level, which may
        // hold fewer than the roomy one: a citer citing the hub two ways is two of the hub's rows).
        Set<String> linkedToHub = new HashSet<>(neighbours(tight, hub.id(), Direction.UP));
        linkedToHub.addAll(neighbours(tight, hub.id(), Direction.DOWN));
        List<ChainNode> frontier = tight.nodes().stream().filter(n -> linkedToHub.contains(n.id())).toList();
        assertThat(frontier).hasSizeGreaterThan(20);
        int behindCursors = 0;
        for (ChainNode node : frontier) {
            for (Direction way : List.of(Direction.UP, Direction.DOWN)) {
                Set<String> neighbours = neighbours(chains.chainFrom(node.id(), way, 1, 1000), node.id(), way);
                Set<String> shown = neighbours(tight, node.id(), way);
                List<Chain.Truncated> cut = tight.truncated().stream()
                        .filter(t -> t.id().equals(node.id()) && t.direction().equals(way.name())).toList();
                assertThat(cut).as("%s %s: one cursor at most", node.number(), way).hasSizeLessThanOrEqualTo(1);
                if (!cut.isEmpty()) {
                    assertThat(cut.getFirst().total()).as("%s %s total", node.number(), way).isEqualTo(neighbours.size());
                    shown.addAll(neighbours(chains.more(cut.getFirst().cursor(), 1000), node.id(), way));
                    behindCursors++;
                }
                assertThat(shown).as("%s %s", node.number(), way).containsExactlyInAnyOrderElementsOf(neighbours);
            }
        }
        assertThat(behindCursors).as("documents the full chain cut").isGreaterThan(10);
    }

    /** The documents a chain links to this one in this direction: what it cites (up) or what cites it (down). */
    private static Set<String> neighbours(Chain chain, String id, Direction way) {
        return chain.edges().stream()
                .filter(e -> (way == Direction.UP ? e.from() : e.to()).equals(id))
                .map(e -> way == Direction.UP ? e.to() : e.from())
                .collect(Collectors.toCollection(HashSet::new));
    }

    /** Each of these documents is listed cut each way it has neighbours, none shown, all counted; returns how many cuts. */
    private static int assertCutAsTheirOwnChainsSay(ChainService chains, Chain chain, List<ChainNode> lastLevel) {
        int cut = 0;
        for (ChainNode node : lastLevel) {
            for (Direction way : List.of(Direction.UP, Direction.DOWN)) {
                int neighbours = chains.chainFrom(node.id(), way, 1, 1000).nodes().size() - 1;
                List<Chain.Truncated> listed = chain.truncated().stream()
                        .filter(t -> t.id().equals(node.id()) && t.direction().equals(way.name())).toList();
                if (neighbours == 0) {
                    assertThat(listed).as("%s %s: nothing that way", node.number(), way).isEmpty();
                } else {
                    assertThat(listed).as("%s %s", node.number(), way).singleElement()
                            .satisfies(t -> assertThat(t.total()).isEqualTo(neighbours))
                            .satisfies(t -> assertThat(t.shown()).isZero());
                    cut++;
                }
            }
        }
        return cut;
    }

    @Test
    void aChainListsEachProgramItsDecisionsApproveOnceInPeriodOrderWhicheverWayTheirColumnsWereRead() {
        // The programs come with each document's columns, read with its hop or apart (ids only: the tighter limits);
        // the answer is the single lookup's of all the chain's documents.
        ChainService chains = new ChainService(stores.graph(), stores.index());
        for (int limit : new int[] {200, 60, 25, 12}) {
            Chain chain = chains.chain(hub.number(), Direction.BOTH, 3, limit);
            List<ProgramSummary> inOneLookup = stores.graph().programsApprovedBy(chain.nodes().stream().map(ChainNode::id).toList());
            if (limit == 200) {
                assertThat(inOneLookup).as("programs approved by the chain's decisions").hasSizeGreaterThan(1);
            }
            assertThat(chain.programs()).as("limit %d", limit).containsExactlyElementsOf(inOneLookup);
        }
    }

    /** The hub's citers a page shows: the documents with an edge into it. */
    private static List<String> shownCiters(Chain chain) {
        return chain.edges().stream().filter(e -> e.to().equals(hub.id())).map(ChainEdge::from).distinct().toList();
    }
}
