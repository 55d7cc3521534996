package vn.vbtrace.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import vn.vbtrace.document.Chain;
import vn.vbtrace.document.ChainEdge;
import vn.vbtrace.document.ChainNode;
import vn.vbtrace.document.Direction;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.system.Stores;
import vn.vbtrace.trace.ChainService;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The citation chain of one document, up (its legal basis), down (what rests on it) or both. */
@Command(name = "chain", description = "Citation chain from one document.")
final class ChainCommand extends BaseCommand {

    @Parameters(paramLabel = "NUMBER", description = "the document's number, e.g. 1322/QĐ-TTg")
    String number;

    @Option(names = "--direction", defaultValue = "both", description = "up, down or both (default: ${DEFAULT-VALUE})")
    Direction direction;

    @Option(names = "--depth", defaultValue = "3", description = "hops, 1 to 10 (default: ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--to", paramLabel = "NUMBER", description = "instead of a chain, the path of references from NUMBER to this document")
    String to;

    @Option(names = "--limit", defaultValue = "" + GraphStore.DEFAULT_CHAIN_LIMIT,
            description = "at most this many documents, 1 to 1000 (default: ${DEFAULT-VALUE}); the cut ones are listed with a cursor")
    int limit;

    @Option(names = "--cursor", description = "the next page of one document's neighbours: a cursor a chain listed (NUMBER is then ignored)")
    String cursor;

    @Override
    protected void validate() {
        check(() -> ChainService.checkDepthAndLimit(depth, limit));
        if (to != null) {
            check(() -> ChainService.checkPathEnds(number, to));
        }
    }

    @Override
    protected int run() {
        Chain chain = server().map(this::ask).orElseGet(this::open);
        return print(chain);
    }

    private Chain ask(ServerClient server) {
        if (to != null) {
            return server.get("/api/path", ServerClient.query("from", number, "to", to), Chain.class);
        }
        return server.get("/api/chain", ServerClient.query("number", number, "direction", direction.name().toLowerCase(java.util.Locale.ROOT),
                "depth", depth, "limit", limit, "cursor", cursor), Chain.class);
    }

    private Chain open() {
        try (Stores stores = Stores.open(dataFolder(), new Pipeline())) {
            ChainService service = new ChainService(stores.graph(), stores.index());
            if (cursor != null) {
                return service.more(cursor, limit);
            }
            return to == null ? service.chain(number, direction, depth, limit) : service.path(number, to);
        }
    }

    private int print(Chain chain) {
        if (json) {
            printJson(chain);
            return OK;
        }
        Map<String, ChainNode> nodes = chain.nodes().stream().collect(Collectors.toMap(ChainNode::id, Function.identity(), (a, b) -> a));
        out().printf("%s: %d documents, %d links%n", chain.root().number(), chain.nodes().size(), chain.edges().size());
        for (ChainEdge edge : chain.edges()) {
            out().printf("  %s -[%s]-> %s%n", label(nodes.get(edge.from())), edge.relation(), label(nodes.get(edge.to())));
        }
        for (Chain.Truncated cut : chain.truncated()) {
            out().printf("  %s: %d of %d %s shown; more with --cursor %s%n", label(nodes.get(cut.id())), cut.shown(),
                    cut.total(), cut.direction().equals("DOWN") ? "citers" : "cited documents", cut.cursor());
        }
        return OK;
    }

    private static String label(ChainNode node) {
        if (node == null) {
            return "?";
        }
        String name = node.number() != null ? node.number() : node.title();
        return node.stub() ? name + " (not in the repository)" : name;
    }
}
