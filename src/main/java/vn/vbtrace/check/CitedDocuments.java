package vn.vbtrace.check;

import vn.vbtrace.graph.CitationEvidence;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.CitingEvidence;
import vn.vbtrace.index.SearchIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What is known of the documents a draft cites, bounded however often they are cited: the node from the graph (held,
 * a stub or a catalog record), what its citers say from the search index (how many, the dates they give, which of
 * them to show), and those citers' mentions from the graph again. Three reads for a whole draft, none of which
 * visits a document's citers one by one.
 */
final class CitedDocuments {

    private final GraphStore graph;
    private final SearchIndex index;

    CitedDocuments(GraphStore graph, SearchIndex index) {
        this.graph = graph;
        this.index = index;
    }

    /** Element i is the node numbers.get(i) names, its citers not yet read ({@link #withCiters}); empty when nothing here has it. */
    List<Optional<CitationEvidence>> nodesByNumbers(List<String> numbers) {
        return graph.citedByNumbers(numbers);
    }

    Optional<CitationEvidence> byNumber(String number, LocalDate asked) {
        return graph.citedByNumber(number).map(node -> withCiters(List.of(node), Collections.singletonList(asked)).getFirst());
    }

    Optional<CitationEvidence> byId(String id, LocalDate asked) {
        return graph.citedById(id).map(node -> withCiters(List.of(node), Collections.singletonList(asked)).getFirst());
    }

    /**
     * Each node with its citers' counts and dates (against the date asked.get(i) gives it), and its examples'
     * mentions read in one query for all of them.
     */
    List<CitationEvidence> withCiters(List<CitationEvidence> nodes, List<LocalDate> asked) {
        List<CitingEvidence> citing = new ArrayList<>();
        List<CitationEvidence.Pair> pairs = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            CitingEvidence said = index.citing(nodes.get(i).id(), asked.get(i), CitationEvidence.MAX_DATES, CitationEvidence.MAX_EXAMPLES);
            citing.add(said);
            for (String citer : said.examples()) {
                pairs.add(new CitationEvidence.Pair(citer, nodes.get(i).id()));
            }
        }
        Map<String, CitationEvidence.Example> mentions = graph.firstMentions(pairs);
        List<CitationEvidence> complete = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            CitationEvidence node = nodes.get(i);
            CitingEvidence said = citing.get(i);
            List<CitationEvidence.DateCount> dates = said.dates().stream()
                    .map(d -> new CitationEvidence.DateCount(d.date(), d.citers())).toList();
            List<CitationEvidence.Example> examples = new ArrayList<>();
            for (String citer : said.examples()) {
                // Both stores are written in one batch; a pair the graph lacks would be a citer deleted in between.
                CitationEvidence.Example mention = mentions.get(new CitationEvidence.Pair(citer, node.id()).key());
                if (mention != null) {
                    examples.add(mention);
                }
            }
            complete.add(node.withCiters(said.citers(), dates, examples));
        }
        return complete;
    }
}
