package vn.vbtrace.extract.gold;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.ingest.IngestOutcome;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.system.DataFolder;
import vn.vbtrace.system.Stores;
import vn.vbtrace.trace.ResponsibleAnswers;
import vn.vbtrace.trace.ResponsibleService;
import vn.vbtrace.trace.ResponsibleTuning;

/**
 * "Who is responsible for X?" asked the way staff ask it, by people who never saw the product's answers
 * (src/test/resources/duties-fresh/questions.json, README there): each question names a duty of one of the
 * duties-fresh texts in words of its writer's choosing, and its right answers are the bodies the text's labels give
 * that duty. The 240 texts and the shipped corpus are ingested as a user's files are (a data folder on disk, Lucene
 * and the embedded graph); each question is asked of {@link ResponsibleService} as typed and without its diacritics.
 * An answer is right when it names one of the duty's bodies (compared as the duty scores compare them) in the text
 * the question was written on. Prints hit@1, MRR@10 and recall@10 by style and by batches read or never read, and a
 * line per question not answered first.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResponsibleQuestionsIT {

    private static final String SET = DutiesFreshScoringTests.SET;
    private static final Path TEXTS = Path.of("src/test/resources" + SET + "/docs");
    /** Batches whose misses were read while the answer's rules were changed (README); the others never were. */
    private static final Set<String> READ = Set.of("da", "db", "dc", "dd", "de", "df", "dg", "dh", "di", "dj");

    @TempDir
    static Path dir;
    private Stores stores;
    private final Map<String, String> documentIds = new HashMap<>();
    /** Each text's bodies as its extraction names them (compared as the labels' are): no answer can do better. */
    private final Map<String, Set<String>> extractedBodies = new HashMap<>();
    private List<Question> questions;

    record Question(String id, String doc, String style, String text, Set<String> bodyKeys) {
        String batch() {
            return doc.substring(0, 2);
        }
    }

    /** The rank (1-10) of the first right answer, 0 when none of the ten is right. */
    record Asked(Question question, boolean folded, int rank, String first) {
    }

    @BeforeAll
    void ingest() {
        stores = Stores.open(new DataFolder(dir.resolve("data")), new Pipeline());
        stores.ingester().ingest(List.of(TestCorpus.ROOT), s -> { }, n -> { });
        JsonNode labels = LabelledTexts.labels(SET + "/questions.json");
        questions = new ArrayList<>();
        for (JsonNode q : labels.get("questions")) {
            Set<String> keys = new java.util.HashSet<>();
            q.get("bodies").forEach(body -> keys.add(GoldScorer.dutyBodyKey(body.asString())));
            questions.add(new Question(q.get("id").asString(), q.get("doc").asString(), q.get("style").asString(),
                    q.get("question").asString(), keys));
        }
        for (String doc : questions.stream().map(Question::doc).collect(Collectors.toCollection(java.util.TreeSet::new))) {
            IngestOutcome outcome = stores.ingester().ingestFile(TEXTS.resolve(doc + ".txt"), "duties-fresh " + doc);
            assertThat(outcome.status()).as(doc).isEqualTo(IngestOutcome.Status.INGESTED);
            documentIds.put(doc, outcome.id());
            extractedBodies.put(doc, extractedBodies(TEXTS.resolve(doc + ".txt")));
        }
        // A numbered document is one thing however many files carry it: two excerpts of one paper would share an id.
        assertThat(Set.copyOf(documentIds.values())).as("one document per text").hasSize(documentIds.size());
    }

    private Set<String> extractedBodies(Path file) {
        try {
            return stores.pipeline().process(file.getFileName().toString(), java.nio.file.Files.readAllBytes(file), "ceiling")
                    .extraction().assignments().stream().map(a -> GoldScorer.dutyBodyKey(a.body()))
                    .collect(Collectors.toSet());
        } catch (Exception e) {
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        }
    }

    @AfterAll
    void close() {
        stores.close();
    }

    @Test
    void staffQuestionsFindTheBodyTheTextMakesResponsible() {
        List<Asked> asked = askAll(ResponsibleTuning.DEFAULT);
        Map<String, List<Asked>> groups = new LinkedHashMap<>();
        for (Asked one : asked) {
            String split = READ.contains(one.question().batch()) ? "read" : "never read";
            String way = one.folded() ? "without diacritics" : "with diacritics";
            groups.computeIfAbsent("all, " + way, k -> new ArrayList<>()).add(one);
            groups.computeIfAbsent(one.question().style() + ", " + way, k -> new ArrayList<>()).add(one);
            groups.computeIfAbsent(split + ", " + way, k -> new ArrayList<>()).add(one);
            if (!java.util.Collections.disjoint(extractedBodies.get(one.question().doc()), one.question().bodyKeys())) {
                groups.computeIfAbsent("body extracted, " + way, k -> new ArrayList<>()).add(one);
            }
        }
        System.out.println("Responsible questions (" + questions.size() + " written by hand on " + documentIds.size()
                + " duties-fresh texts; " + (documentIds.size() + TestCorpus.TEXTS.size()) + " documents held), the product's "
                + ResponsibleTuning.DEFAULT);
        System.out.println(String.format(Locale.ROOT, "%-36s %5s %7s %7s %9s", "questions", "n", "hit@1", "MRR@10", "recall@10"));
        groups.forEach((name, group) -> System.out.println(String.format(Locale.ROOT, "%-36s %5d %7.3f %7.3f %9.3f",
                name, group.size(), hitAt1(group), mrr(group), recall(group))));
        asked.stream().filter(one -> !one.folded() && one.rank() != 1 && READ.contains(one.question().batch()))
                .forEach(one -> System.out.println("  responsible miss: " + one.question().id() + " [" + one.question().style()
                        + "] \"" + one.question().text() + "\" rank " + one.rank() + ", first: " + one.first()));

        // Floors under session 56's figures (0.474 / 0.454 over all, 0.437 on the batches never read; 0.364 over all
        // before the settings were chosen): a change that answers staff worse fails here.
        assertThat(mrr(groups.get("all, with diacritics"))).as("MRR@10 of every question as typed").isGreaterThanOrEqualTo(0.44);
        assertThat(mrr(groups.get("all, without diacritics"))).as("MRR@10 typed without diacritics").isGreaterThanOrEqualTo(0.42);
        assertThat(mrr(groups.get("never read, with diacritics"))).as("MRR@10 on the batches never read").isGreaterThanOrEqualTo(0.41);
    }

    /**
     * The settings chosen by five-fold cross-validation over the texts (a text's questions in one fold): on each fold,
     * the grid's best on the other four, scored on it beside the settings before any was chosen.
     */
    @Test
    @EnabledIfSystemProperty(named = "responsible.cv", matches = "true")
    void crossValidatedSettings() {
        List<ResponsibleTuning> grid = new ArrayList<>();
        for (boolean rare : new boolean[] {false, true}) {
            for (double context : CONTEXT_WEIGHTS) {
                for (double min : MIN_SCORES) {
                    for (double foldedOnly : FOLDED_ONLY_WEIGHTS) {
                        grid.add(new ResponsibleTuning(context, min, foldedOnly, rare));
                    }
                }
            }
        }
        Map<ResponsibleTuning, List<Asked>> byTuning = new LinkedHashMap<>();
        grid.parallelStream().map(tuning -> Map.entry(tuning, askAll(tuning))).toList()
                .forEach(entry -> byTuning.put(entry.getKey(), entry.getValue()));
        System.out.println("Responsible settings, five-fold cross-validation over the texts (MRR@10, with / without diacritics)");
        List<Double> chosenScores = new ArrayList<>();
        List<Double> beforeScores = new ArrayList<>();
        for (int fold = 0; fold < FOLDS; fold++) {
            int held = fold;
            ResponsibleTuning best = null;
            double bestScore = -1;
            for (var entry : byTuning.entrySet()) {
                double score = mrr(entry.getValue().stream().filter(one -> foldOf(one) != held).toList());
                if (score > bestScore + 1e-9) {
                    best = entry.getKey();
                    bestScore = score;
                }
            }
            List<Asked> chosen = byTuning.get(best).stream().filter(one -> foldOf(one) == held).toList();
            List<Asked> before = byTuning.get(BEFORE).stream().filter(one -> foldOf(one) == held).toList();
            chosenScores.add(mrr(chosen));
            beforeScores.add(mrr(before));
            System.out.println(String.format(Locale.ROOT, "  fold %d: chose %s; held out %.3f / %.3f (before %.3f / %.3f), recall@10 %.3f",
                    fold + 1, best, mrr(plain(chosen, false)), mrr(plain(chosen, true)), mrr(plain(before, false)),
                    mrr(plain(before, true)), recall(chosen)));
        }
        System.out.println(String.format(Locale.ROOT, "  mean %.3f (%.3f to %.3f), before %.3f (%.3f to %.3f)",
                mean(chosenScores), min(chosenScores), max(chosenScores), mean(beforeScores), min(beforeScores), max(beforeScores)));
        byTuning.forEach((tuning, asked) -> System.out.println(String.format(Locale.ROOT, "  grid %s: MRR@10 %.3f, hit@1 %.3f",
                tuning, mrr(asked), hitAt1(asked))));
    }

    private static final int FOLDS = 5;
    private static final double[] CONTEXT_WEIGHTS = {0, 0.5, 1};
    private static final double[] MIN_SCORES = {0.3, 0.4, 0.5};
    private static final double[] FOLDED_ONLY_WEIGHTS = {1, 0.5, 0};
    /** The settings before the cross-validation chose any. */
    private static final ResponsibleTuning BEFORE = new ResponsibleTuning(0, 0.5, 1, false);

    private static int foldOf(Asked one) {
        return Math.floorMod(one.question().doc().hashCode(), FOLDS);
    }

    private static List<Asked> plain(List<Asked> asked, boolean folded) {
        return asked.stream().filter(one -> one.folded() == folded).toList();
    }

    private List<Asked> askAll(ResponsibleTuning tuning) {
        ResponsibleService responsible = new ResponsibleService(stores.graph(), stores.tasks(), tuning);
        List<Asked> asked = new ArrayList<>();
        for (Question question : questions) {
            for (boolean folded : new boolean[] {false, true}) {
                asked.add(ask(responsible, question, folded));
            }
        }
        return asked;
    }

    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }

    private Asked ask(ResponsibleService responsible, Question question, boolean folded) {
        String text = folded ? withoutDiacritics(question.text()) : question.text();
        List<ResponsibleAnswers.Answer> answers = responsible.answer(text).answers();
        String document = documentIds.get(question.doc());
        int rank = 0;
        for (int i = 0; i < answers.size() && i < 10; i++) {
            ResponsibleAnswers.Answer answer = answers.get(i);
            if (document.equals(answer.document().id()) && question.bodyKeys().contains(GoldScorer.dutyBodyKey(answer.body()))) {
                rank = i + 1;
                break;
            }
        }
        String first = answers.isEmpty() ? "(no answer)" : answers.getFirst().body() + " in "
                + documentName(answers.getFirst().document().id()) + ": " + answers.getFirst().quote();
        return new Asked(question, folded, rank, first);
    }

    private String documentName(String id) {
        return documentIds.entrySet().stream().filter(e -> e.getValue().equals(id)).map(Map.Entry::getKey).findFirst()
                .orElse("corpus " + id.substring(0, Math.min(8, id.length())));
    }

    static String withoutDiacritics(String text) {
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}+", "");
    }

    static double hitAt1(List<Asked> group) {
        return group.stream().filter(one -> one.rank() == 1).count() / (double) group.size();
    }

    static double mrr(List<Asked> group) {
        return group.stream().mapToDouble(one -> one.rank() == 0 ? 0 : 1.0 / one.rank()).sum() / group.size();
    }

    static double recall(List<Asked> group) {
        return group.stream().filter(one -> one.rank() > 0).count() / (double) group.size();
    }
}
