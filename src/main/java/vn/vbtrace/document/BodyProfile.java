package vn.vbtrace.document;

import java.util.List;

/**
 * One body: where it sits (its parent, the bodies that are part of it), the duties documents give it and the
 * documents addressed to it, each list newest first and bounded, with the full count beside it.
 */
public record BodyProfile(BodyRef body, BodyRef parent, List<BodyRef> parts, int dutyCount, List<Duty> duties,
                          int addressedCount, List<Addressed> addressed) {

    /** A duty clause: the body's role, the task, its deadline as normalized, and where it stands. */
    public record Duty(Role role, String task, String deadline, int start, int end, DocumentSummary document) {
    }

    /** A document addressed to the body: {@code as} is "kính gửi" or "nơi nhận". */
    public record Addressed(String as, DocumentSummary document) {
    }
}
