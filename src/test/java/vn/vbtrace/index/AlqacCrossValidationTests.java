package vn.vbtrace.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.document.SearchRequest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 11, point 1: retrieval quality by 5-fold cross-validation over the 548 ALQAC questions
 * (AlqacData), vbtrace's own search path (SearchIndex → QueryFactory → rescoring) beside the
 * plain-Lucene baseline built in the same run.
 * <p>
 * On demand, {@code ./mvnw -o -B test -Dtest=AlqacCrossValidationTests -Dalqac.grid=true} runs the
 * choice itself (about half an hour on a shared two-core machine): in each fold a coordinate
 * ascent over AlqacCrossValidation's grid on the four training folds only; the same ascent on all
 * 548 questions; the ablation (each feature of a fold's choice switched off in turn, scored on the
 * held-out fold); and the rule of the issue (a feature stays on only if it wins in most folds)
 * applied to the choice on all questions, which gives SearchTuning.DEFAULT. It writes the choices
 * and its tables to {@link #CHOSEN}.
 * <p>
 * The build runs only what follows from them: each fold's choice scored on its held-out fold, the
 * baseline on the same questions, and the floor; and it checks that the product's default is the
 * one the procedure chose.
 */
class AlqacCrossValidationTests {

    static final Path CHOSEN = Path.of("src", "test", "resources", "alqac2025", "cv-chosen.tsv");

    /**
     * Floors below the measured means. Measured (cv-chosen.tsv, 2026-12-05, with the best passage and
     * the subject line named whole in the grid): vbtrace's mean held-out MRR@10 over the five folds is
     * 0.910 typed with diacritics and 0.906 without (sd 0.015, 0.014; min 0.886, 0.883); the
     * baseline's 0.889 and 0.887 on the same questions: ratios 1.023 and 1.021 (1.019 and 1.013
     * before these two, 1.016 and 1.008 before the subject line), well short of the issue's 1.10
     * (which would be 0.978 | 0.976, at or above the 0.978 | 0.974 of questions with a gold article
     * in the top 10 at all). The floors sit 0.03 below the means, about two sd, so that a change
     * that costs quality fails the build while the order of near-ties does not.
     */
    private static final double FLOOR_WITH = 0.88;
    private static final double FLOOR_WITHOUT = 0.88;

    @TempDir
    static Path dir;
    static AlqacData data;
    static LuceneSearchIndex index;
    static PlainLuceneBaseline baseline;
    static AlqacCrossValidation cv;

    @BeforeAll
    static void ingest() throws Exception {
        data = AlqacData.load();
        index = LuceneSearchIndex.openWritableForEveryTuning(dir.resolve("index"));
        index.putAll(data.documents());
        baseline = new PlainLuceneBaseline(data.articles());
        cv = new AlqacCrossValidation(data);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
        baseline.close();
    }

    static AlqacCrossValidation.Answers vbtrace(SearchTuning tuning, IntPredicate chosen) {
        return cv.answers(tuning.label(), q -> index.rankedIds(SearchRequest.of(q, AlqacCrossValidation.DEPTH), tuning), chosen);
    }

    static AlqacCrossValidation.Answers baseline(IntPredicate chosen) {
        return cv.answers("baseline", q -> baseline.search(q, AlqacCrossValidation.DEPTH), chosen);
    }

    @Test
    @EnabledIfSystemProperty(named = "alqac.grid", matches = "true")
    void chooseTheSettingsByCrossValidation() throws IOException {
        StringBuilder log = new StringBuilder(String.format("%nCoordinate ascent from %s%n", AlqacCrossValidation.START.label()));
        Function<SearchTuning, AlqacCrossValidation.Answers> everyQuestion = t -> vbtrace(t, AlqacCrossValidation.all());
        Map<String, SearchTuning> chosen = new LinkedHashMap<>();
        for (int fold = 0; fold < AlqacCrossValidation.K; fold++) {
            log.append(String.format("  fold %d (training folds only):%n", fold + 1));
            chosen.put(Integer.toString(fold + 1), cv.ascend(AlqacCrossValidation.START, cv.training(fold), everyQuestion, log));
            System.out.print(log);
            log.setLength(0);
        }
        log.append("  all 548 questions:\n");
        SearchTuning all = cv.ascend(AlqacCrossValidation.START, AlqacCrossValidation.all(), everyQuestion, log);
        chosen.put("all", all);
        System.out.print(log);

        CrossValidated table = crossValidate(chosen);
        StringBuilder ablation = new StringBuilder();
        SearchTuning product = ablate(chosen, ablation);
        chosen.put("default", product);
        System.out.println(table.text() + ablation);

        List<String> file = new ArrayList<>(List.of(
                "# Written by AlqacCrossValidationTests -Dalqac.grid=true: coordinate ascent from AlqacCrossValidation.START over",
                "# AlqacCrossValidation.grid (objective: mean of MRR@10 with and without diacritics, less INDEX_COST for each feature",
                "# that needs analysed copies the product's index does without), one pass.",
                "# 1..5: chosen on the other four folds only; all: chosen on all 548 questions; default: \"all\" after the",
                "# ablation rule (a feature stays on only if it wins on the held-out fold in most folds) = SearchTuning.DEFAULT."));
        chosen.forEach((key, tuning) -> file.add(key + "\t" + tuning.label()));
        for (String line : (table.text() + ablation).split("\n")) {
            file.add("# " + line);
        }
        Files.write(CHOSEN, file, StandardCharsets.UTF_8);
    }

    @Test
    void vbtraceAgainstThePlainLuceneBaselineInCrossValidation() throws IOException {
        Map<String, SearchTuning> chosen = chosen();
        CrossValidated result = crossValidate(chosen);
        System.out.println(result.text());
        assertThat(SearchTuning.DEFAULT.label()).as("the product's default is the one the cross-validation chose")
                .isEqualTo(chosen.get("default").label());
        assertThat(result.mrrWith()).as("mean held-out MRR@10, typed with diacritics").isGreaterThanOrEqualTo(FLOOR_WITH);
        assertThat(result.mrrWithout()).as("mean held-out MRR@10, typed without diacritics").isGreaterThanOrEqualTo(FLOOR_WITHOUT);
    }

    /**
     * The subject line reorders the first ten of a search only: the second page lists what the first did not, and
     * both together are the first twenty as one request ranks them. Over the first 100 questions, each asked as
     * typed; and the subject line does reorder the first page of some of them (else the check would be empty).
     */
    @Test
    void pagesOfARescoredSearchFollowOneAnother() {
        int bySubject = 0;
        int byPassage = 0;
        for (AlqacData.Question question : data.questions().subList(0, 100)) {
            SearchRequest request = SearchRequest.of(question.text(), 10);
            List<String> first = index.rankedIds(request, SearchTuning.DEFAULT);
            List<String> second = index.rankedIds(request.page(10, 10), SearchTuning.DEFAULT);
            List<String> both = index.rankedIds(request.page(20, 0), SearchTuning.DEFAULT);
            List<String> joined = new ArrayList<>(first);
            joined.addAll(second);
            assertThat(joined).as(question.text()).isEqualTo(both).doesNotHaveDuplicates();
            // What a user pages through (hits, snippets, facets) is the same ranking, from any offset.
            for (int offset : new int[] {0, 5, 10}) {
                assertThat(index.search(request.page(10, offset)).hits()).extracting(hit -> hit.document().id())
                        .as(question.text() + ", from " + offset).isEqualTo(both.subList(offset, Math.min(both.size(), offset + 10)));
            }
            if (!first.equals(index.rankedIds(request, SearchTuning.DEFAULT.withSubject(0f)))) {
                bySubject++;
            }
            if (!first.equals(index.rankedIds(request, SearchTuning.DEFAULT.withPassage(0f)))) {
                byPassage++;
            }
        }
        assertThat(bySubject).as("questions whose first page the subject line reorders").isGreaterThan(10);
        assertThat(byPassage).as("questions whose first page the best passage reorders").isGreaterThan(10);
    }

    /**
     * A question in everyday words finds the article in the law's words (vocab/synonyms.tsv's register rows): no
     * article of the 2,131 says "chúc thư" or "trẻ vị thành niên", and without their rows the first hit is about
     * something else ("chúc thư": an article on damages that holds "thư" and "chúc" apart).
     */
    @Test
    void everydayWordsFindTheArticlesInTheLawsWords() {
        Map<String, String> textOf = new LinkedHashMap<>();
        data.articles().forEach(article -> textOf.put(article.id(), article.text()));
        // Not "chuc thu": typed without diacritics it is also the pair of "tổ chức thu thập", held by many articles.
        Map<String, String> lawWordOf = Map.of("chúc thư", "di chúc",
                "trẻ vị thành niên", "người chưa thành niên", "tre vi thanh nien", "người chưa thành niên");
        lawWordOf.forEach((asked, lawWord) -> {
            assertThat(textOf.values()).noneMatch(text -> text.toLowerCase(java.util.Locale.ROOT).contains(asked));
            String first = index.rankedIds(SearchRequest.of(asked, 10), SearchTuning.DEFAULT).getFirst();
            assertThat(textOf.get(first).toLowerCase(java.util.Locale.ROOT)).as(asked + ": " + first).contains(lawWord);
            String withoutRows = index.rankedIds(SearchRequest.of(asked, 10), SearchTuning.DEFAULT.withSynonyms(0f)).getFirst();
            assertThat(textOf.get(withoutRows).toLowerCase(java.util.Locale.ROOT)).as(asked + " without synonyms: " + withoutRows)
                    .doesNotContain(lawWord);
        });
    }

    /** The laws write "quản lý", "thư ký", "kỹ thuật"; spelled with i (Spelling), a question gets the same ten articles. */
    @Test
    void theIAndYSpellingsOfAQuestionRankTheSameArticles() {
        for (String[] spellings : new String[][] {
                {"Nội dung quản lí nhà nước về thanh niên", "Nội dung quản lý nhà nước về thanh niên"},
                {"Thư kí Tòa án có nhiệm vụ, quyền hạn gì?", "Thư ký Tòa án có nhiệm vụ, quyền hạn gì?"},
                {"thu ki toa an co nhiem vu quyen han gi", "thu ky toa an co nhiem vu quyen han gi"},
                {"Hỗ trợ kĩ thuật cho người nghiện ma túy", "Hỗ trợ kỹ thuật cho người nghiện ma túy"}}) {
            List<String> asI = index.rankedIds(SearchRequest.of(spellings[0], 10), SearchTuning.DEFAULT);
            assertThat(asI).as(spellings[0]).hasSize(10).isEqualTo(index.rankedIds(SearchRequest.of(spellings[1], 10), SearchTuning.DEFAULT));
        }
        String first = index.rankedIds(SearchRequest.of("Nội dung quản lí nhà nước về thanh niên", 10), SearchTuning.DEFAULT).getFirst();
        assertThat(data.articles().stream().filter(article -> article.id().equals(first)).findFirst().orElseThrow().text())
                .as(first).startsWith("Nội dung quản lý nhà nước về thanh niên");
    }

    /** The settings of each fold (1..K), then "all" and "default". */
    static Map<String, SearchTuning> chosen() throws IOException {
        Map<String, SearchTuning> chosen = new LinkedHashMap<>();
        for (String line : Files.readAllLines(CHOSEN, StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                String[] cells = line.split("\t", 2);
                chosen.put(cells[0], SearchTuning.parse(cells[1]));
            }
        }
        return chosen;
    }

    /** The table of the cross-validation and vbtrace's mean held-out MRR@10 with and without diacritics. */
    record CrossValidated(String text, double mrrWith, double mrrWithout) {
    }

    /** Each fold's settings scored on its held-out fold, beside the baseline on the same questions. */
    static CrossValidated crossValidate(Map<String, SearchTuning> chosen) {
        int k = AlqacCrossValidation.K;
        StringBuilder table = new StringBuilder(String.format(
                "%nALQAC, %d articles, %d questions (%d of ALQAC 2023, %d of ALQAC 2025) in %d folds (seed %d);"
                        + " held-out MRR@10/recall@10, typed with diacritics | without%n",
                data.articles().size(), data.questions().size(),
                data.questions().stream().filter(q -> q.set().equals("2023")).count(),
                data.questions().stream().filter(q -> q.set().equals("2025")).count(), k, AlqacCrossValidation.SEED));
        table.append(String.format("%-6s %4s  %-25s  %-25s  %-13s  %s%n", "fold", "n", "baseline", "vbtrace", "MRR ratio",
                "settings chosen on the other folds"));
        double[][] ours = new double[4][k];
        double[][] theirs = new double[4][k];
        double[] hits = new double[2];
        // Each question's reciprocal rank under its own fold's settings, with | without diacritics: the sets' rows.
        double[][] oursByQuestion = new double[2][data.questions().size()];
        double[][] theirsByQuestion = new double[2][data.questions().size()];
        for (int fold = 0; fold < k; fold++) {
            IntPredicate held = cv.heldOut(fold);
            SearchTuning tuning = chosen.get(Integer.toString(fold + 1));
            double[] base = baseline(held).mean(held);
            AlqacCrossValidation.Answers answers = vbtrace(tuning, held);
            double[] mine = answers.mean(held);
            for (int m = 0; m < 4; m++) {
                ours[m][fold] = mine[m];
                theirs[m][fold] = base[m];
            }
            long n = IntStream.range(0, data.questions().size()).filter(held).count();
            AlqacCrossValidation.Answers baseAnswers = baseline(held);
            for (int i = 0; i < data.questions().size(); i++) {
                if (held.test(i)) {
                    hits[0] += answers.values()[0][i] > 0 ? 1 : 0;
                    hits[1] += answers.values()[1][i] > 0 ? 1 : 0;
                    for (int typed = 0; typed < 2; typed++) {
                        oursByQuestion[typed][i] = answers.values()[typed][i];
                        theirsByQuestion[typed][i] = baseAnswers.values()[typed][i];
                    }
                }
            }
            table.append(String.format("%-6d %4d  %s  %s  %.3f | %.3f  %s%n", fold + 1, n, pair(base), pair(mine),
                    mine[0] / base[0], mine[1] / base[1], tuning.label()));
        }
        table.append(summary("mean", ours, theirs, AlqacCrossValidation::mean));
        table.append(summary("sd", ours, theirs, AlqacCrossValidation::sd));
        table.append(summary("min", ours, theirs, v -> Arrays.stream(v).min().orElse(0)));
        table.append(summary("max", ours, theirs, v -> Arrays.stream(v).max().orElse(0)));
        double with = AlqacCrossValidation.mean(ours[0]);
        double without = AlqacCrossValidation.mean(ours[1]);
        table.append(String.format("mean MRR@10 vbtrace / baseline: %.3f with diacritics, %.3f without (target 1.10: %.3f | %.3f)%n",
                with / AlqacCrossValidation.mean(theirs[0]), without / AlqacCrossValidation.mean(theirs[1]),
                1.1 * AlqacCrossValidation.mean(theirs[0]), 1.1 * AlqacCrossValidation.mean(theirs[1])));
        // MRR@10 cannot exceed the share of questions with a gold article in the top 10.
        table.append(String.format("questions with a gold article in vbtrace's top 10: %.3f | %.3f (the ceiling of its MRR@10)%n",
                hits[0] / data.questions().size(), hits[1] / data.questions().size()));
        table.append(bySet(oursByQuestion, theirsByQuestion));
        return new CrossValidated(table.toString(), with, without);
    }

    /**
     * The held-out MRR@10 of the questions of each set (every question under its own fold's settings): the ALQAC
     * 2023 questions are worded like those the product was once measured on from outside, the 2025 ones otherwise.
     */
    private static String bySet(double[][] ours, double[][] theirs) {
        StringBuilder rows = new StringBuilder("held-out MRR@10 by where the question comes from, baseline -> vbtrace, typed with diacritics | without:\n");
        for (String set : List.of("2023", "2025")) {
            IntPredicate inSet = i -> data.questions().get(i).set().equals(set);
            double[] mean = new double[4];
            int n = 0;
            for (int i = 0; i < data.questions().size(); i++) {
                if (inSet.test(i)) {
                    mean[0] += theirs[0][i];
                    mean[1] += ours[0][i];
                    mean[2] += theirs[1][i];
                    mean[3] += ours[1][i];
                    n++;
                }
            }
            for (int m = 0; m < 4; m++) {
                mean[m] /= Math.max(1, n);
            }
            rows.append(String.format("  ALQAC %s (%d questions): %.3f -> %.3f (%.3f) | %.3f -> %.3f (%.3f)%n", set, n,
                    mean[0], mean[1], mean[1] / mean[0], mean[2], mean[3], mean[3] / mean[2]));
        }
        return rows.toString();
    }

    /**
     * The ablation: in each fold, the held-out MRR@10 of the fold's settings minus the same with
     * one feature off. Returns the settings chosen on all questions with every feature switched
     * off that does not win (both typings together) in most folds; a feature that moves no
     * held-out question in any fold keeps its setting; the synonyms are set by the staff queries.
     */
    /**
     * Features ALQAC hardly judges, set by the staff queries instead: the synonyms and
     * abbreviations (vocab/synonyms.tsv) at the weight of a word of the query. The ALQAC questions
     * almost never use an abbreviation of the list (in the ablation they move one question of one
     * fold, by -0.001), while staff type "UBND", "Sở KH&CN" (StaffQueriesTests). Decided before
     * the grid ran, and the ablation still prints what they move.
     */
    private static final Map<String, Function<SearchTuning, SearchTuning>> SET_BY_STAFF_QUERIES =
            Map.of("synonyms", t -> t.withSynonyms(1f));

    static SearchTuning ablate(Map<String, SearchTuning> chosen, StringBuilder table) {
        int k = AlqacCrossValidation.K;
        table.append(String.format("%nAblation: held-out MRR@10 of the fold's settings minus the same with one feature off"
                + " (with | without diacritics; '-': the fold's settings had it off)%n"));
        table.append(String.format("%-32s", "feature"));
        for (int fold = 1; fold <= k; fold++) {
            table.append(String.format(" %-15s", "fold " + fold));
        }
        table.append(" wins\n");
        SearchTuning product = chosen.get("all");
        for (Map.Entry<String, Function<SearchTuning, SearchTuning>> feature : AlqacCrossValidation.features().entrySet()) {
            table.append(String.format("%-32s", feature.getKey()));
            int won = 0;
            boolean moved = false;
            for (int fold = 0; fold < k; fold++) {
                IntPredicate held = cv.heldOut(fold);
                SearchTuning tuning = chosen.get(Integer.toString(fold + 1));
                SearchTuning off = feature.getValue().apply(tuning);
                if (off.equals(tuning)) {
                    table.append(String.format(" %-15s", "-"));
                    continue;
                }
                double[] on = vbtrace(tuning, held).mean(held);
                double[] without = vbtrace(off, held).mean(held);
                double with = on[0] - without[0];
                double folded = on[1] - without[1];
                table.append(String.format(" %+.3f|%+.3f  ", with, folded));
                won += with + folded > 1e-9 ? 1 : 0;
                moved |= Math.abs(with) + Math.abs(folded) > 1e-9;
            }
            boolean kept = won > k / 2;
            Function<SearchTuning, SearchTuning> staff = SET_BY_STAFF_QUERIES.get(feature.getKey());
            table.append(String.format(" %d of %d%s%n", won, k, staff != null ? ": on, set by the staff queries"
                    : !moved ? ": moves nothing here, kept as chosen" : kept ? "" : ": off by the rule"));
            if (staff != null) {
                product = staff.apply(product);
            } else if (moved && !kept) {
                product = feature.getValue().apply(product);
            }
        }
        table.append(String.format("%nchosen on all 548 questions: %s%nafter the rule (the product's SearchTuning.DEFAULT): %s%n",
                chosen.get("all").label(), product.label()));
        return product;
    }

    private static String pair(double[] m) {
        return String.format("%.3f/%.3f | %.3f/%.3f", m[0], m[2], m[1], m[3]);
    }

    private static String summary(String name, double[][] ours, double[][] theirs, ToDoubleFunction<double[]> f) {
        double[] base = {f.applyAsDouble(theirs[0]), f.applyAsDouble(theirs[1]), f.applyAsDouble(theirs[2]), f.applyAsDouble(theirs[3])};
        double[] mine = {f.applyAsDouble(ours[0]), f.applyAsDouble(ours[1]), f.applyAsDouble(ours[2]), f.applyAsDouble(ours[3])};
        return String.format("%-6s %4s  %s  %s%n", name, "", pair(base), pair(mine));
    }
}
