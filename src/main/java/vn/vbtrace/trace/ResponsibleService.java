package vn.vbtrace.trace;

import vn.vbtrace.document.TextFold;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.index.TaskIndex;
import vn.vbtrace.search.NotFoundException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Who is responsible for X?": the duty clauses that share the most of the question's content words
 * (with or without diacritics), best first, each with its quote and span; the body named in the
 * question counts too. The clauses come from the task index, where the question's words and word pairs
 * rank them ({@link TaskIndex#candidates}) by the same share-of-words score this class refines, so the
 * answer costs the same in a repository of ten documents or a hundred thousand.
 */
public final class ResponsibleService {

    private static final int MAX_ANSWERS = 10;
    /** Clauses read from the index and scored here; the best of them by the index's score come first. */
    private static final int CANDIDATES = 300;
    private static final double NAMED_BODY_BONUS = 0.05;
    private static final double OTHER_AGENT_PENALTY = 0.3;
    /** How far before the asked-for phrase a body's name makes it that body's action. */
    private static final int AGENT_WINDOW = 60;

    private final GraphStore graph;
    private final TaskIndex tasks;
    private final ResponsibleTuning tuning;
    /** Issue 14: each answer names who holds the duty today. */
    private final SuccessorAnswers successors = new SuccessorAnswers();

    public ResponsibleService(GraphStore graph, TaskIndex tasks) {
        this(graph, tasks, ResponsibleTuning.DEFAULT);
    }

    public ResponsibleService(GraphStore graph, TaskIndex tasks, ResponsibleTuning tuning) {
        this.graph = graph;
        this.tasks = tasks;
        this.tuning = tuning;
    }

    public ResponsibleAnswers answer(String question) {
        return answer(question, null, null);
    }

    /**
     * Answers limited to one document (by number) and/or one province (the issuing province of the
     * document the clause is in: "Bắc Kạn" keeps the duties of UBND tỉnh Bắc Kạn's plans); null means no limit.
     */
    public ResponsibleAnswers answer(String question, String documentNumber, String province) {
        return answer(question, documentNumber, province, null);
    }

    /**
     * As above, and limited to one program (its key, or the number of the decision approving it): the duties of
     * documents that name the program or cite its approving decision.
     */
    public ResponsibleAnswers answer(String question, String documentNumber, String province, String program) {
        if (question == null || question.isBlank()) {
            throw new InvalidInputException("missing-parameter", "hãy đặt câu hỏi, ví dụ \"ai bố trí kinh phí\"");
        }
        QuestionTerms terms = new QuestionTerms(question);
        if (terms.isEmpty()) {
            return new ResponsibleAnswers(List.of());
        }
        String documentKey = documentNumber == null || documentNumber.isBlank() ? null : DocumentNumbers.key(documentNumber);
        // A province merged in 2025 answers for the provinces merged into it: "Thái Nguyên" keeps Bắc Kạn's duties too.
        List<String> provinceKeys = province == null || province.isBlank() ? null
                : java.util.stream.Stream.concat(java.util.stream.Stream.of(province.strip()),
                        successors.holders().predecessorProvinces(province).stream())
                .map(p -> TextFold.fold(p).strip()).toList();
        // The program's documents: those naming or approving it, and those citing its approving decision, found by
        // the task index among the question's clauses (not listed: a national program's decision has them by the
        // hundred thousand, and a list of them cost seconds at 500,000 documents).
        TaskIndex.Documents programDocuments = program == null || program.isBlank() ? null : graph.program(program)
                .map(found -> graph.documentsOfProgram(found.key()))
                .map(documents -> new TaskIndex.Documents(documents.naming(), documents.approvers()))
                .orElseThrow(() -> new NotFoundException("program-not-found", "không có chương trình " + program.strip() + " trong kho"));
        // Divided by the words' total weight, the index's score is the share-of-words score below: a word counts its
        // weight, a pair kept intact half the words' mean weight times the words per pair.
        Map<String, Double> weights = tuning.rareWordsWeighMore()
                ? terms.byRarity(tasks.clausesWith(terms.words), tasks.count()) : terms.evenly();
        double pairWeight = 0.5 * QuestionTerms.total(weights) / Math.max(1, terms.bigrams.size());
        List<TaskIndex.TaskHit> candidates = tasks.candidates(weights, terms.bigrams, pairWeight, tuning.contextWeight(),
                new TaskIndex.Filter(documentKey, provinceKeys, programDocuments), CANDIDATES);
        List<Scored> scored = new ArrayList<>();
        Set<String> agents = new HashSet<>();
        // A document's clauses share its context: read once a document, and only for a clause without all the words.
        Map<String, QuestionTerms.Words> contexts = new HashMap<>();
        for (TaskIndex.TaskHit task : candidates) {
            // The words as the question's (TextFold.words: "quản lí" is "quản lý"); the body as the names it is compared with.
            // Each folded once: the clause's own words are its body's and its task's, as the index has them.
            String foldedText = TextFold.words(task.text());
            String foldedBody = task.body() == null ? null : TextFold.fold(task.body());
            QuestionTerms.Words own = foldedBody == null ? terms.wordsOf(task.text(), foldedText)
                    : terms.wordsOf(task.body() + " " + task.text(), TextFold.wordsOfFolded(foldedBody) + " " + foldedText);
            double score = terms.score(own,
                    () -> contexts.computeIfAbsent(task.documentId() + "\u0000" + task.province(), k -> terms.wordsOf(task.context())),
                    tuning, weights);
            if (score >= tuning.minScore()) {
                Scored one = new Scored(task, foldedBody, score, otherAgents(foldedText, foldedBody, terms));
                scored.add(one);
                agents.addAll(one.otherAgents());
            }
        }
        // Which of the names standing before the asked-for phrase are bodies: asked of the index for these few names,
        // not read as the list of every body named anywhere, which grows with the repository.
        Set<String> bodies = agents.isEmpty() ? Set.of() : tasks.bodyNamesAmong(agents);
        List<ResponsibleAnswers.Answer> answers = new ArrayList<>();
        for (Scored one : scored) {
            TaskIndex.TaskHit task = one.task();
            double score = one.score();
            if (one.otherAgents().stream().anyMatch(bodies::contains)) {
                // "… gửi Sở Tài chính bố trí kinh phí": the asked-for action is another body's, named right before it.
                score -= OTHER_AGENT_PENALTY;
                if (score < tuning.minScore()) {
                    continue;
                }
            }
            if (isNamedBody(one.foldedBody())) {
                // Equal clauses: a named body ("Sở Tài chính") answers "who" better than a collective ("Các bộ").
                score += NAMED_BODY_BONUS;
            }
            answers.add(new ResponsibleAnswers.Answer(task.body(), task.role(), task.text(), task.deadline(),
                    new ResponsibleAnswers.DocumentRef(task.documentId(), task.documentNumber(), task.documentTitle()),
                    task.quote(), task.start(), task.end(), Math.round(score * 1000) / 1000.0, task.province()));
        }
        answers.sort(Comparator.comparingDouble(ResponsibleAnswers.Answer::score).reversed()
                .thenComparing(answer -> answer.document().id()).thenComparingInt(ResponsibleAnswers.Answer::start));
        return successors.decorate(new ResponsibleAnswers(answers.stream().limit(MAX_ANSWERS).toList()));
    }

    /** A candidate above the threshold, with the names that could make its action another body's. */
    private record Scored(TaskIndex.TaskHit task, String foldedBody, double score, List<String> otherAgents) {
    }

    /**
     * What could name another body as the one doing the asked-for action: each run of whole words that ends right
     * before the question's phrase in the clause (within {@link #AGENT_WINDOW} characters), other than the clause's
     * own body. None when the clause has no body or the phrase is not in it.
     */
    private static List<String> otherAgents(String foldedText, String foldedBody, QuestionTerms terms) {
        int at = terms.phraseAt(foldedText);
        if (at < 0 || foldedBody == null) {
            return List.of();
        }
        String before = foldedText.substring(Math.max(0, at - AGENT_WINDOW), at).strip();
        List<String> ends = new ArrayList<>();
        for (int i = 0; i < before.length(); i++) {
            boolean startsWord = Character.isLetterOrDigit(before.charAt(i)) && (i == 0 || !Character.isLetterOrDigit(before.charAt(i - 1)));
            if (startsWord && !before.substring(i).equals(foldedBody)) {
                ends.add(before.substring(i));
            }
        }
        return ends;
    }

    private static boolean isNamedBody(String foldedBody) {
        return foldedBody != null && !(" " + foldedBody + " ").contains(" cac ");
    }
}
