package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.extract.token.Anchored;

/**
 * The sentences after a body's duty in its paragraph that open with a verb of duty and no subject of their own ("Công
 * an tỉnh tập trung đảm bảo an ninh. Phối hợp với công an các đơn vị ... . Đồng thời, báo cáo hằng ngày ...", "UBND
 * tỉnh yêu cầu X ... . Khẩn trương ..."): the body told once carries on; each such sentence is a duty of its own.
 */
final class CarriedDuties {

    private final AssignmentFactory factory;
    private final DutyVerbs dutyVerbs;

    CarriedDuties(AssignmentFactory factory, DutyVerbs dutyVerbs) {
        this.factory = factory;
        this.dutyVerbs = dutyVerbs;
    }

    /** The duties of {@code bodies} carried on after {@code from} (the end of their sentence), to the paragraph's end. */
    List<Assignment> after(String text, int from, List<String> bodies) {
        List<Assignment> found = new ArrayList<>();
        int lineEnd = text.indexOf('\n', from);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int at = from;
        while (true) {
            while (at < lineEnd && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                at++;
            }
            Matcher lead = at < lineEnd ? Anchored.at(SubjectDuties.LEAD_IN, text, at) : null;
            int verbAt = lead == null ? at : lead.end();
            if (verbAt >= lineEnd || !Character.isLetter(text.charAt(verbAt)) || dutyVerbs.at(text, verbAt, true) == null) {
                return found;
            }
            int end = InlineDuties.taskEnd(text, verbAt);
            found.addAll(factory.forBodies(bodies, text, verbAt, end));
            at = end;
        }
    }
}
