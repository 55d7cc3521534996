package vn.vbtrace.graph;

import vn.vbtrace.document.Relation;

/** A relation the catalog states between two numbers: {@code from} amends, replaces, guides ... {@code to}. */
public record CatalogLink(String from, String to, Relation relation, String sourceUrl) {
}
