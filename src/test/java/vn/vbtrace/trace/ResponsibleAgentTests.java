package vn.vbtrace.trace;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.Extraction;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Role;
import vn.vbtrace.index.TaskIndex;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "… gửi Sở Tài chính bố trí kinh phí": the asked-for action is named right after another body, which does it. The
 * clause ranks below one where that body is given the action, when some duty of the repository names it as a body
 * (asked of the task index, a Lucene index on disk, for the names before the phrase only).
 */
class ResponsibleAgentTests {

    private static final String NUMBER = "15/KH-UBND";
    private static final String PLANNING = "Sở Kế hoạch và Đầu tư";
    private static final String PLANNING_TASK = "tổng hợp dự toán, gửi Sở Tài chính bố trí kinh phí thực hiện Kế hoạch";
    private static final String FINANCE_TASK = "bố trí kinh phí thực hiện Kế hoạch theo phân cấp ngân sách";

    @TempDir
    Path dir;

    @Test
    void theActionNamedAfterAnotherBodyIsThatBodysWhenADutyNamesIt() {
        List<ResponsibleAnswers.Answer> answers = answers(List.of(PLANNING, PLANNING_TASK), List.of("Sở Tài chính", FINANCE_TASK));

        assertThat(answers).extracting(a -> a.body() + ": " + a.task())
                .containsExactly("Sở Tài chính: " + FINANCE_TASK, PLANNING + ": " + PLANNING_TASK);
        assertThat(answers.get(1).score()).isLessThan(answers.get(0).score() - 0.25);
        assertThat(answers.getFirst().document().number()).isEqualTo(NUMBER);
    }

    @Test
    void aNameNoDutyGivesToABodyTakesNothingFromTheClause() {
        // "Sở Tài chính" is no duty's body here: the planning office's clause keeps its score and, coming first in
        // the text, its place before an equal clause.
        List<ResponsibleAnswers.Answer> answers = answers(List.of(PLANNING, PLANNING_TASK), List.of("Ủy ban nhân dân huyện", FINANCE_TASK));

        assertThat(answers).extracting(ResponsibleAnswers.Answer::body).containsExactly(PLANNING, "Ủy ban nhân dân huyện");
        assertThat(answers.get(0).score()).isGreaterThanOrEqualTo(answers.get(1).score());
    }

    /** The answers to "ai bố trí kinh phí" over one plan giving each (body, task) pair as a duty, in that order. */
    @SafeVarargs
    private List<ResponsibleAnswers.Answer> answers(List<String>... duties) {
        StringBuilder text = new StringBuilder("Số: " + NUMBER + "\nKẾ HOẠCH\n");
        List<Assignment> assignments = new ArrayList<>();
        for (List<String> duty : duties) {
            String line = duty.get(0) + ": " + duty.get(1) + ".";
            int start = text.length() + duty.get(0).length() + 2;
            text.append(line).append('\n');
            assignments.add(new Assignment(duty.get(0), Role.LEAD, duty.get(1), null, start, start + duty.get(1).length()));
        }
        DocumentMetadata meta = new DocumentMetadata(NUMBER, "Kế hoạch", "UBND tỉnh Bắc Kạn", LocalDate.of(2024, 3, 1),
                "Bắc Kạn", "Kế hoạch " + NUMBER, null);
        IngestedDocument doc = new IngestedDocument(DocumentNumbers.idForNumber(NUMBER), "plan.txt",
                DocumentNumbers.sha256Hex(text.toString()), text.toString(),
                new Extraction(meta, List.of(), assignments, List.of(), List.of(), null), Instant.parse("2026-12-05T00:00:00Z"));
        try (TaskIndex tasks = TaskIndex.openWritable(dir.resolve("tasks"))) {
            try (TaskIndex.Batch batch = tasks.beginBatch()) {
                batch.put(doc);
                batch.commit();
            }
            // No program is asked: the graph is not read.
            return new ResponsibleService(null, tasks).answer("ai bố trí kinh phí").answers();
        }
    }
}
