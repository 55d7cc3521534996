package vn.vbtrace.graph;

import java.util.List;

import vn.vbtrace.document.Citer;
import vn.vbtrace.document.ProgramSummary;

/**
 * What the document page shows from the graph, read in one statement: the document, the facts its validity is
 * derived from, its first citers with the relation each cites under (those the search index listed first) and its
 * programs.
 */
public record GraphPage(GraphDocument document, ValidityFacts facts, List<Citer> citers, List<ProgramSummary> programs) {
}
