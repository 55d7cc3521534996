package vn.vbtrace.index;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.BodyKey;
import vn.vbtrace.document.CitationEdges;
import vn.vbtrace.document.Deadline;
import vn.vbtrace.document.InvalidInputException;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.graph.GraphSettings;
import vn.vbtrace.graph.GraphStore;
import vn.vbtrace.graph.TaskRow;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.parse.ParseException;
import vn.vbtrace.trace.ResponsibleAnswers;
import vn.vbtrace.trace.ObligationService;
import vn.vbtrace.trace.Obligations;
import vn.vbtrace.trace.ResponsibleService;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 13: the contract every duty-clause backend keeps (SearchBackend), asked through the responsible answer
 * over the shipped texts: who is responsible for what under which document, the filters by document, province and
 * program, the same answers in the same order on both, and batches (replace, delete, rollback).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskContractIT {

    private static final String QD_1852 = "1852/QĐ-UBND";
    private static final String CV_4258 = "4258/BKHCN-TĐC";
    /** Questions whose whole answers must be the same on both backends. */
    private static final List<String> QUESTIONS = List.of("ai bố trí kinh phí", "bo tri kinh phi", "báo cáo kết quả năm 2023",
            "Sở Công Thương báo cáo", "ai chủ trì xây dựng kế hoạch", "hướng dẫn doanh nghiệp áp dụng công cụ năng suất",
            "tuyên truyền", "ai phụ trách phóng tàu vũ trụ");

    @TempDir
    static Path dir;
    private final Pipeline pipeline = new Pipeline();
    private final Map<SearchBackend, TaskIndex> indexes = new EnumMap<>(SearchBackend.class);
    private final List<TaskIndex> scratch = new ArrayList<>();
    private List<IngestedDocument> corpus;
    private GraphStore graph;

    @BeforeAll
    void indexTheTexts() throws Exception {
        corpus = new ArrayList<>();
        for (Path file : TestCorpus.TEXTS) {
            corpus.add(process(file.getFileName().toString(), TestCorpus.bytes(file), file.toString()));
        }
        graph = GraphStore.open(GraphSettings.embedded(dir.resolve("graph")));
        graph.write(corpus);
        for (SearchBackend backend : SearchBackend.values()) {
            TaskIndex tasks = backend.openTasks(dir.resolve(backend.name()));
            indexes.put(backend, tasks);
            try (TaskIndex.Batch batch = tasks.beginBatch()) {
                corpus.forEach(batch::put);
                batch.commit();
            }
        }
    }

    @AfterAll
    void close() {
        indexes.values().forEach(SearchBackend::dispose);
        scratch.forEach(SearchBackend::dispose);
        graph.close();
    }

    private IngestedDocument process(String name, byte[] bytes, String source) throws ParseException {
        return pipeline.process(name, bytes, source);
    }

    private ResponsibleService responsible(TaskIndex tasks) {
        return new ResponsibleService(graph, tasks);
    }

    private static List<String> bodiesIn(ResponsibleAnswers answers) {
        return answers.answers().stream().map(a -> a.body() + " in " + a.document().number()).toList();
    }

    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void soTaiChinhIsResponsibleForBoTriKinhPhiUnder1852WithAndWithoutDiacritics(SearchBackend backend) {
        for (String question : List.of("ai bố trí kinh phí", "bo tri kinh phi")) {
            List<ResponsibleAnswers.Answer> answers = responsible(indexes.get(backend)).answer(question).answers();
            // Both plans give the duty to their Sở Tài chính: Hậu Giang's (a plan without a number) and Bắc Kạn's.
            assertThat(answers.getFirst().body()).as(question).isEqualTo("Sở Tài chính");
            ResponsibleAnswers.Answer bacKan = answers.stream().filter(a -> QD_1852.equals(a.document().number()))
                    .findFirst().orElseThrow();
            assertThat(bacKan.body()).as(question).isEqualTo("Sở Tài chính");
            assertThat(bacKan.province()).as(question).isEqualTo("Bắc Kạn");
            assertThat(bacKan.quote()).as(question).containsIgnoringCase("kinh phí");
        }
        assertThat(responsible(indexes.get(backend)).answer("ai phụ trách phóng tàu vũ trụ").answers()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void answersKeepToTheDocumentProvinceAndProgramAsked(SearchBackend backend) {
        ResponsibleService service = responsible(indexes.get(backend));
        ResponsibleAnswers bacKan = service.answer("bo tri kinh phi", null, "Bắc Kạn");
        assertThat(bacKan.answers()).isNotEmpty().allSatisfy(a -> assertThat(a.document().number()).isEqualTo(QD_1852));
        assertThat(bacKan.answers().getFirst().body()).isEqualTo("Sở Tài chính");
        // Thái Nguyên took Bắc Kạn in 2025: its question keeps Bắc Kạn's duties.
        assertThat(bodiesIn(service.answer("ai bố trí kinh phí", null, "Thái Nguyên"))).contains("Sở Tài chính in " + QD_1852);
        ResponsibleAnswers letter = service.answer("báo cáo kết quả năm 2023", "4258/bkhcn-tđc", null);
        assertThat(letter.answers()).extracting(ResponsibleAnswers.Answer::body).contains("Bộ Y tế", "Bộ Công Thương");
        assertThat(letter.answers()).allSatisfy(a -> assertThat(a.document().number()).isEqualTo(CV_4258));
        ResponsibleAnswers program = service.answer("ai bố trí kinh phí", null, null, "1322/QĐ-TTg");
        assertThat(bodiesIn(program).getFirst()).isEqualTo("Sở Tài chính in " + QD_1852);
        assertThat(bodiesIn(program)).allMatch(answer -> answer.endsWith(" in " + QD_1852));
        String plan = corpus.get(TestCorpus.TEXTS.indexOf(TestCorpus.HAU_GIANG_PLAN)).id();
        assertThat(service.answer("ai bố trí kinh phí").answers()).extracting(a -> a.document().id()).contains(plan);
        assertThat(service.answer("ai bố trí kinh phí", null, "Hậu Giang").answers())
                .isNotEmpty().allSatisfy(a -> assertThat(a.document().id()).isEqualTo(plan));
    }

    /**
     * The plans write "hệ thống quản lý" and "quy chuẩn kỹ thuật"; asked with i (Spelling), the question gets the same
     * answers with the same scores (without the one spelling "lí" and "kĩ" matched nothing and scored less).
     */
    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void aQuestionSpelledWithIGetsTheAnswersOfTheOneSpelledWithY(SearchBackend backend) {
        ResponsibleService service = responsible(indexes.get(backend));
        for (String[] spellings : new String[][] {{"ai hướng dẫn áp dụng hệ thống quản lí", "ai hướng dẫn áp dụng hệ thống quản lý"},
                {"ai hỗ trợ áp dụng qui chuẩn kĩ thuật", "ai hỗ trợ áp dụng quy chuẩn kỹ thuật"},
                {"ho tro ap dung qui chuan ki thuat", "ho tro ap dung quy chuan ky thuat"}}) {
            List<ResponsibleAnswers.Answer> withY = service.answer(spellings[1]).answers();
            assertThat(withY).as(spellings[1]).isNotEmpty();
            assertThat(service.answer(spellings[0]).answers()).as(spellings[0]).isEqualTo(withY);
        }
    }

    /** The point of the shared ranking: whatever a user asks, both backends answer the same, in the same order. */
    @Test
    void bothBackendsGiveTheSameAnswersInTheSameOrder() {
        for (String question : QUESTIONS) {
            ResponsibleAnswers lucene = responsible(indexes.get(SearchBackend.LUCENE)).answer(question);
            ResponsibleAnswers server = responsible(indexes.get(SearchBackend.OPENSEARCH)).answer(question);
            assertThat(server).as(question).isEqualTo(lucene);
        }
        QuestionPieces pieces = new QuestionPieces(List.of("bo", "tri", "kinh", "phi"), List.of("bo tri", "tri kinh", "kinh phi"));
        assertThat(candidateIds(SearchBackend.OPENSEARCH, pieces, 300)).isEqualTo(candidateIds(SearchBackend.LUCENE, pieces, 300))
                .hasSizeGreaterThan(10);
        // A shorter list may be cut among equal scores: the order of ties keeps the same clauses on both.
        for (int limit : List.of(3, 7, 12)) {
            assertThat(candidateIds(SearchBackend.OPENSEARCH, pieces, limit)).as("limit " + limit)
                    .isEqualTo(candidateIds(SearchBackend.LUCENE, pieces, limit)).hasSize(limit);
        }
        List<String> names = List.of("so tai chinh", "bo y te", "tai chinh", "so tai", "uy ban nhan dan tinh", "bo phan phong tau");
        assertThat(indexes.get(SearchBackend.OPENSEARCH).bodyNamesAmong(names))
                .isEqualTo(indexes.get(SearchBackend.LUCENE).bodyNamesAmong(names));
        assertThat(indexes.get(SearchBackend.OPENSEARCH).count()).isEqualTo(indexes.get(SearchBackend.LUCENE).count());
        // How common a question's words are, which weighs them: counted alike (Sở Tài chính's "bo tri kinh phi" twice).
        List<String> words = List.of("bo", "tri", "kinh", "phi", "so", "h5n1");
        Map<String, Integer> counts = indexes.get(SearchBackend.LUCENE).clausesWith(words);
        assertThat(counts.get("phi")).isGreaterThanOrEqualTo(2);
        assertThat(counts.get("h5n1")).isZero();
        assertThat(indexes.get(SearchBackend.OPENSEARCH).clausesWith(words)).isEqualTo(counts);
    }

    private record QuestionPieces(List<String> words, List<String> pairs) {
    }

    /** The words weighing by their rank in the question (unequal, as rare words weigh more), the context half. */
    private List<String> candidateIds(SearchBackend backend, QuestionPieces q, int limit) {
        return indexes.get(backend).candidates(unequally(q.words()), q.pairs(), 0.75, 0.5, null, limit).stream()
                .map(TaskIndex.TaskHit::taskId).toList();
    }

    private static Map<String, Double> unequally(List<String> words) {
        Map<String, Double> weights = new java.util.LinkedHashMap<>();
        for (int i = 0; i < words.size(); i++) {
            weights.put(words.get(i), 1.0 + 0.5 * i);
        }
        return weights;
    }

    /**
     * A program's filter: the documents it names, or any document citing one it names (its approving decision), found
     * from what each clause's document cites. 1852 and the 4258 letter cite 1322/QĐ-TTg, the Hậu Giang plan does not.
     */
    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void aDocumentSetKeepsTheClausesOfItsDocumentsAndOfTheDocumentsCitingTheOthers(SearchBackend backend) {
        QuestionPieces pieces = new QuestionPieces(List.of("bo", "tri", "kinh", "phi", "bao", "cao"), List.of("bo tri", "kinh phi", "bao cao"));
        String qd1322 = DocumentNumbers.idForNumber("1322/QĐ-TTg");
        String plan = corpus.get(TestCorpus.TEXTS.indexOf(TestCorpus.HAU_GIANG_PLAN)).id();
        Set<String> citing1322 = corpus.stream().filter(d -> CitationEdges.of(d).firstByTarget().containsKey(qd1322))
                .map(d -> d.metadata().number()).collect(Collectors.toSet());
        assertThat(citing1322).contains(QD_1852, CV_4258).doesNotContainNull();

        List<TaskIndex.TaskHit> citers = indexes.get(backend).candidates(unequally(pieces.words()), pieces.pairs(), 0.75, 0,
                new TaskIndex.Filter(null, null, new TaskIndex.Documents(Set.of(), Set.of(qd1322))), 300);
        assertThat(citers).extracting(TaskIndex.TaskHit::documentNumber).contains(QD_1852, CV_4258)
                .allMatch(citing1322::contains);
        assertThat(citers).anySatisfy(hit -> assertThat(hit.body() + " in " + hit.documentNumber())
                .isEqualTo("Sở Tài chính in " + QD_1852));

        List<TaskIndex.TaskHit> either = indexes.get(backend).candidates(unequally(pieces.words()), pieces.pairs(), 0.75, 0,
                new TaskIndex.Filter(null, null, new TaskIndex.Documents(Set.of(plan), Set.of(qd1322))), 300);
        assertThat(either).extracting(TaskIndex.TaskHit::documentId).contains(plan)
                .containsAll(citers.stream().map(TaskIndex.TaskHit::documentId).toList());
        assertThat(either).hasSize(citers.size() + (int) either.stream().filter(hit -> hit.documentId().equals(plan)).count());
    }

    /**
     * One body's obligations are its duty clauses found in the index by the body's keys: the same duties as the graph's
     * tasks of that body (which the answer read whole before), alone or in its province, read a page of two at a time,
     * soonest due first on the day asked (30 November every year is next due in 2027 on 1 December 2026), those
     * without a deadline last; the total and the overdue count are the graph's. (Bodies the 2025 reorganization left
     * as they were: a merged one's obligations include its predecessors', CatalogAndSuccessionIT.)
     */
    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void aBodysObligationsAreItsDutiesInTheGraphFoundByItsNameSoonestDueFirstPageByPage(SearchBackend backend) {
        ObligationService obligations = new ObligationService(indexes.get(backend));
        LocalDate today = LocalDate.of(2026, 12, 1);
        for (String body : List.of("Bộ Y tế", "bo cong thuong", "Sở Công Thương tỉnh Bắc Kạn", "Sở Công Thương tỉnh Hậu Giang")) {
            String key = BodyKey.of(body);
            List<TaskRow> inGraph = graph.tasks().stream()
                    .filter(t -> BodyKey.ofDuty(t.body(), t.province()).contains(key)).toList();
            List<Obligations.Obligation> read = new ArrayList<>();
            Obligations page = obligations.obligations(body, today, 2, null);
            read.addAll(page.obligations());
            int pages = 1;
            while (page.next() != null) {
                assertThat(page.obligations()).as(body).hasSize(2);
                page = obligations.obligations(body, today, 2, page.next());
                read.addAll(page.obligations());
                pages++;
            }
            assertThat(pages).as(body + ": pages of two").isEqualTo(Math.max(1, (inGraph.size() + 1) / 2));
            assertThat(read.stream().map(o -> o.document().number() + " " + o.start() + " " + o.body()).sorted().toList()).as(body)
                    .isNotEmpty().isEqualTo(inGraph.stream().map(t -> t.documentNumber() + " " + t.start() + " " + t.body()).sorted().toList());
            List<LocalDate> due = read.stream().map(o -> o.nextDue() == null ? LocalDate.MAX : o.nextDue()).toList();
            assertThat(due).as(body + ": soonest first, no deadline last").isSorted();
            assertThat(page.total()).as(body).isEqualTo(inGraph.size());
            assertThat(page.overdueCount()).as(body)
                    .isEqualTo(inGraph.stream().filter(t -> Deadline.parse(t.deadline()) != null && Deadline.parse(t.deadline()).isOverdue(today)).count());
        }
        // A merged body's pages hold its predecessors' duties too (Sở Kế hoạch và Đầu tư's in Sở Tài chính's), in the same order.
        List<Obligations.Obligation> every = new ArrayList<>();
        obligations.pages("Sở Tài chính", today).forEach(page -> every.addAll(page.obligations()));
        assertThat(every).extracting(Obligations.Obligation::body).contains("Sở Tài chính", "Sở Kế hoạch và Đầu tư");
        assertThat(every).hasSize((int) obligations.obligations("Sở Tài chính", today).total())
                .extracting(o -> o.nextDue() == null ? LocalDate.MAX : o.nextDue()).isSorted();
        List<Obligations.Obligation> inThrees = new ArrayList<>();
        ObligationService.pages(after -> obligations.obligations("Sở Tài chính", today, 3, after))
                .forEach(page -> inThrees.addAll(page.obligations()));
        assertThat(inThrees).isEqualTo(every);
        Obligations soCongThuong = obligations.obligations("Sở Công Thương tỉnh Bắc Kạn", today);
        assertThat(soCongThuong.obligations()).filteredOn(o -> "yearly:--11-30".equals(o.deadline())).isNotEmpty()
                .allSatisfy(o -> assertThat(o.nextDue()).isEqualTo(LocalDate.of(2027, 11, 30)));
        assertThat(obligations.obligations("so tai chinh tinh bac kan", today).obligations())
                .extracting(o -> o.body() + " | " + o.province()).containsOnly("Sở Tài chính | Bắc Kạn", "Sở Kế hoạch và Đầu tư | Bắc Kạn")
                .contains("Sở Tài chính | Bắc Kạn");
        assertThat(obligations.obligations("so tai chinh", today).obligations()).extracting(Obligations.Obligation::province)
                .contains("Bắc Kạn", "Hậu Giang");
        Obligations none = obligations.obligations("Bộ phận phóng tàu vũ trụ", today);
        assertThat(none.obligations()).isEmpty();
        assertThat(none.total()).isZero();
        assertThatThrownBy(() -> obligations.obligations("Bộ Y tế", today, 2, "not a cursor"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("con trỏ");
    }

    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void everyDutyClauseIsHeldOnceAndEveryBodyNamed(SearchBackend backend) {
        TaskIndex tasks = indexes.get(backend);
        int clauses = corpus.stream().mapToInt(d -> d.extraction().assignments().size()).sum();
        assertThat(tasks.count()).isEqualTo(clauses);
        // Of these names, those some duty gives to its body: not a part of one, nor a name no duty has.
        assertThat(tasks.bodyNamesAmong(List.of("so tai chinh", "bo y te", "bo cong thuong", "tai chinh", "so tai",
                "bo phan phong tau vu tru"))).containsExactlyInAnyOrder("so tai chinh", "bo y te", "bo cong thuong");
        assertThat(tasks.bodyNamesAmong(List.of())).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void aDocumentPutAgainReplacesItsClausesAndADeleteTakesThemOut(SearchBackend backend) throws Exception {
        TaskIndex tasks = fresh(backend, "replace");
        IngestedDocument decision = corpus.get(TestCorpus.TEXTS.indexOf(TestCorpus.DECISION_1852));
        IngestedDocument letter = corpus.get(TestCorpus.TEXTS.indexOf(TestCorpus.LETTER_4258));
        try (TaskIndex.Batch batch = tasks.beginBatch()) {
            batch.put(decision);
            batch.put(letter);
            batch.commit();
        }
        int both = decision.extraction().assignments().size() + letter.extraction().assignments().size();
        assertThat(tasks.count()).isEqualTo(both);
        // The same decision (same number, same id) with only its first half: the clauses of the second half go.
        String text = new String(TestCorpus.bytes(TestCorpus.DECISION_1852), StandardCharsets.UTF_8);
        IngestedDocument shorter = process("1852-short.txt", text.substring(0, text.indexOf("kinh phí")).getBytes(StandardCharsets.UTF_8), "short");
        assertThat(shorter.id()).isEqualTo(decision.id());
        assertThat(shorter.extraction().assignments().size()).isLessThan(decision.extraction().assignments().size());
        try (TaskIndex.Batch batch = tasks.beginBatch()) {
            batch.put(shorter);
            batch.commit();
        }
        assertThat(tasks.count()).isEqualTo(shorter.extraction().assignments().size() + letter.extraction().assignments().size());
        assertThat(bodiesIn(responsible(tasks).answer("ai bố trí kinh phí"))).doesNotContain("Sở Tài chính in " + QD_1852);
        try (TaskIndex.Batch batch = tasks.beginBatch()) {
            batch.delete(letter.id());
            batch.commit();
        }
        assertThat(tasks.count()).isEqualTo(shorter.extraction().assignments().size());
        assertThat(responsible(tasks).answer("báo cáo kết quả năm 2023", "4258/BKHCN-TĐC", null).answers()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(SearchBackend.class)
    void aBatchRolledBackOrLeftUnendedIsNeverSeen(SearchBackend backend) {
        TaskIndex tasks = fresh(backend, "rollback");
        IngestedDocument decision = corpus.get(TestCorpus.TEXTS.indexOf(TestCorpus.DECISION_1852));
        IngestedDocument plan = corpus.get(TestCorpus.TEXTS.indexOf(TestCorpus.HAU_GIANG_PLAN));
        try (TaskIndex.Batch batch = tasks.beginBatch()) {
            batch.put(plan);
            batch.commit();
        }
        int before = tasks.count();
        try (TaskIndex.Batch batch = tasks.beginBatch()) {
            batch.put(decision);
            batch.delete(plan.id());
            batch.rollback();
        }
        try (TaskIndex.Batch batch = tasks.beginBatch()) {
            batch.put(decision); // closed without a commit
        }
        assertThat(tasks.count()).isEqualTo(before);
        assertThat(bodiesIn(responsible(tasks).answer("ai bố trí kinh phí"))).isNotEmpty()
                .noneMatch(answer -> answer.endsWith(QD_1852));
        // The index still takes a batch after them.
        try (TaskIndex.Batch batch = tasks.beginBatch()) {
            batch.put(decision);
            batch.commit();
        }
        assertThat(bodiesIn(responsible(tasks).answer("ai bố trí kinh phí"))).contains("Sở Tài chính in " + QD_1852);
    }

    private TaskIndex fresh(SearchBackend backend, String name) {
        TaskIndex tasks = backend.openTasks(dir.resolve(name + "-" + backend.name()));
        scratch.add(tasks);
        return tasks;
    }
}
