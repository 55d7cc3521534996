package vn.vbtrace.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The columns a read returns, each a name and its Cypher expression, written once and used two ways: as the
 * {@code RETURN} of a statement of its own, and as a map inside another statement (the document page reads the
 * document, its validity facts, its first citers and its programs in one statement: each statement over Bolt costs
 * the server a transaction, a plan lookup and two network hand-offs however small it is). The mappers read a
 * record and such a map alike ({@code MapAccessor}), so a column added here reaches both.
 */
record Columns(List<String> names, List<String> expressions) {

    /** Pairs of name and expression: {@code of("id", "d.id", "number", "d.number")}. */
    static Columns of(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("columns come as pairs of name and expression");
        }
        List<String> names = new ArrayList<>();
        List<String> expressions = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            names.add(pairs[i]);
            expressions.add(pairs[i + 1]);
        }
        return new Columns(List.copyOf(names), List.copyOf(expressions));
    }

    /** {@code RETURN expression AS name, ...} with a line break after it. */
    String returned() {
        return "RETURN " + join(" AS ", true) + "\n";
    }

    /** {@code {name: expression, ...}}: the same columns as one map value. */
    String map() {
        return "{" + join(": ", false) + "}";
    }

    private String join(String between, boolean expressionFirst) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            parts.add(expressionFirst ? expressions.get(i) + between + names.get(i) : names.get(i) + between + expressions.get(i));
        }
        return parts.stream().collect(Collectors.joining(",\n       "));
    }
}
