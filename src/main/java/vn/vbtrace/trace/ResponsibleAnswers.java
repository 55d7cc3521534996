package vn.vbtrace.trace;

import vn.vbtrace.document.Role;
import java.util.List;

import vn.vbtrace.document.Successor;

/** {"answers": [...]} — empty when nothing in the repository answers the question. */
public record ResponsibleAnswers(List<Answer> answers) {

    /** One body's duty that answers the question, with the clause it comes from. */
    /** {@code province}: where the body sits ("Bắc Kạn" for the Sở Tài chính of the Bắc Kạn plan), null for a central body. */
    /** {@code successor}: who holds the body's duties today after the 2025 reorganization, null when it is unchanged. */
    public record Answer(String body, Role role, String task, String deadline, DocumentRef document,
                         String quote, int start, int end, double score, String province, Successor successor) {

        public Answer(String body, Role role, String task, String deadline, DocumentRef document,
                      String quote, int start, int end, double score, String province) {
            this(body, role, task, deadline, document, quote, start, end, score, province, null);
        }

        public Answer withSuccessor(Successor successor) {
            return new Answer(body, role, task, deadline, document, quote, start, end, score, province, successor);
        }
    }

    /** The document the clause is in. */
    public record DocumentRef(String id, String number, String title) {
    }
}
