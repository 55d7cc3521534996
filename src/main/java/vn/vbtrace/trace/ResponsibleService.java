package vn.vbtrace.trace;

import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.graph.TaskRow;
import vn.vbtrace.index.SearchIndex;
import vn.vbtrace.index.StoredDocument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * "Who is responsible for X?": every duty clause in the graph scored against the question's
 * content words (with or without diacritics), best first, each with its quote and span.
 * A first version: ranking by word overlap; the body named in the question counts too.
 */
public final class ResponsibleService {

    private static final int MAX_ANSWERS = 10;
    /** Below this share of the question's words a clause is not an answer. */
    private static final double MIN_SCORE = 0.5;
    private static final double NAMED_BODY_BONUS = 0.05;

    private final GraphStore graph;
    private final SearchIndex index;

    public ResponsibleService(GraphStore graph, SearchIndex index) {
        this.graph = graph;
        this.index = index;
    }

    public ResponsibleAnswers answer(String question) {
        if (question == null || question.isBlank()) {
            throw new IllegalArgumentException("ask a question, e.g. \"ai bố trí kinh phí\"");
        }
        QuestionTerms terms = new QuestionTerms(question);
        if (terms.isEmpty()) {
            return new ResponsibleAnswers(List.of());
        }
        Map<String, Optional<StoredDocument>> texts = new HashMap<>();
        List<ResponsibleAnswers.Answer> answers = new ArrayList<>();
        for (TaskRow task : graph.tasks()) {
            double score = terms.score(DocumentNumbers.fold(task.body() + " " + task.text()));
            if (score < MIN_SCORE) {
                continue;
            }
            if (isNamedBody(task.body())) {
                // Equal clauses: a named body ("Sở Tài chính") answers "who" better than a collective ("Các bộ").
                score += NAMED_BODY_BONUS;
            }
            String quote = texts.computeIfAbsent(task.documentId(), index::get)
                    .map(doc -> quote(doc.text(), task.start(), task.end()))
                    .orElse(task.text());
            answers.add(new ResponsibleAnswers.Answer(task.body(), task.role(), task.text(), task.deadline(),
                    new ResponsibleAnswers.DocumentRef(task.documentId(), task.documentNumber(), task.documentTitle()),
                    quote, task.start(), task.end(), Math.round(score * 1000) / 1000.0));
        }
        answers.sort(Comparator.comparingDouble(ResponsibleAnswers.Answer::score).reversed()
                .thenComparing(answer -> answer.document().id()).thenComparingInt(ResponsibleAnswers.Answer::start));
        return new ResponsibleAnswers(answers.stream().limit(MAX_ANSWERS).toList());
    }

    private static boolean isNamedBody(String body) {
        return body != null && !(" " + DocumentNumbers.fold(body) + " ").contains(" cac ");
    }

    private static String quote(String text, int start, int end) {
        if (text == null || start < 0 || end > text.length() || start >= end) {
            return null;
        }
        return text.substring(start, end);
    }
}
