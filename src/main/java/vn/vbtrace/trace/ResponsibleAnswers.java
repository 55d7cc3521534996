package vn.vbtrace.trace;

import java.util.List;

/** {"answers": [...]} — empty when nothing in the repository answers the question. */
public record ResponsibleAnswers(List<Answer> answers) {

    /** One body's duty that answers the question, with the clause it comes from. */
    /** {@code province}: where the body sits ("Bắc Kạn" for the Sở Tài chính of the Bắc Kạn plan), null for a central body. */
    public record Answer(String body, String role, String task, String deadline, DocumentRef document,
                         String quote, int start, int end, double score, String province) {
    }

    /** The document the clause is in. */
    public record DocumentRef(String id, String number, String title) {
    }
}
