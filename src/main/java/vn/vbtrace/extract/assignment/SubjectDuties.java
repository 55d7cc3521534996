package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.extract.token.Anchored;

/**
 * Duties whose bodies are the subject of their clause, with no heading and no "giao" before them: "Sở
 * KH-CN chủ trì thúc đẩy hợp tác ...", "Công an tỉnh đảm bảo an toàn thông tin ...", "Sở Văn hóa, Thể thao
 * và Du lịch, UBND các huyện, thành phố theo chức năng, thẩm quyền chỉ đạo ...", "Văn phòng UBND tỉnh được
 * giao hoàn thiện ...". The clause opens a line, a sentence, or the part after a colon or a semicolon; its
 * verb is one that gives a duty (a role verb, "được giao", "cần", "phải", "khẩn trương", or an action a
 * body is told to take), not an account of what was done ("Sở Y tế đã tổ chức ...": "đã", "vừa", "đang",
 * "sẽ" stand between).
 */
final class SubjectDuties {

    /** After these a clause of another subject may open: "..., trong khi Sở KH-CN chủ trì ...". */
    private static final List<String> OTHER_SUBJECT_LEADS = List.of(", trong khi", ", còn");
    /** What may stand before the subject: an item's mark, a linking phrase ("Theo đó,", "Đồng thời,"). */
    static final Pattern LEAD_IN = Pattern.compile(
            "(?:[-–+•]\\s*|\\d{1,2}[.)]\\s+|[a-zđ]\\)\\s+)?(?:(?:Theo đó|Đồng thời|Ngoài ra|Bên cạnh đó|Trong đó)\\s*,?\\s*|Riêng\\s+)?");
    /**
     * Between the subject and its verb: a collective's "(có) liên quan" or "cấp tỉnh" ("Các sở, ngành liên quan
     * rà soát ..."), "theo chức năng, thẩm quyền", "theo chức năng, nhiệm vụ được giao,", "căn cứ chức năng, nhiệm vụ của
     * đơn vị,".
     */
    private static final Pattern QUALIFIER = Pattern.compile("(?:\\s+(?:có\\s+)?liên\\s+quan|\\s+cấp\\s+(?:tỉnh|huyện|xã))?"
            + "(?:\\s*,)?\\s*(?:(?:theo|căn\\s+cứ)\\s+chức\\s+năng(?:\\s*,\\s*|\\s+)(?:nhiệm\\s+vụ|thẩm\\s+quyền)"
            + "(?:\\s+được\\s+giao|\\s+của\\s+(?:đơn\\s+vị|ngành|mình)(?:\\s+mình)?)?\\s*,?\\s*)?");
    /** The leads' pattern, for a task that runs on into another subject's clause. */
    private static final Pattern OTHER_SUBJECT = Pattern.compile(String.join("|",
            OTHER_SUBJECT_LEADS.stream().map(lead -> Pattern.quote(lead) + "\\s").toList()));

    private final DutyVerbs dutyVerbs;
    private final BodyList bodyList;
    private final AssignmentFactory factory;
    private final CarriedDuties carried;

    SubjectDuties(BodyList bodyList, AssignmentFactory factory, DutyVerbs dutyVerbs, CarriedDuties carried) {
        this.bodyList = bodyList;
        this.factory = factory;
        this.dutyVerbs = dutyVerbs;
        this.carried = carried;
    }

    /** The clauses whose subject is a body other than the text's own issuer (which tells what it does itself). */
    List<Assignment> find(String text, String ownIssuer) {
        List<Assignment> found = new ArrayList<>();
        int recipientsEnd = -1;
        for (int at = 0; at < text.length(); at = nextClauseStart(text, at)) {
            if (text.startsWith("Nơi nhận", at)) {
                recipientsEnd = recipientsEnd(text, at);
            }
            if (at < recipientsEnd) {
                continue; // "Nơi nhận:" then "- Các bộ chủ trì Dự án;": who receives it, not who acts
            }
            Matcher lead = Anchored.at(LEAD_IN, text, at);
            at = lead == null ? at : lead.end();
            if (at >= text.length() || !Character.isUpperCase(text.charAt(at))) {
                continue; // a subject opens its clause with a capital: "Sở", "Công an", "UBND"
            }
            int lineEnd = text.indexOf('\n', at);
            BodyList.Read read = bodyList.at(text, at, lineEnd < 0 ? text.length() : lineEnd);
            if (read.bodies().isEmpty() || read.bodies().contains(ownIssuer)) {
                continue;
            }
            Matcher qualifier = Anchored.at(QUALIFIER, text, read.end());
            int verbAt = qualifier == null ? read.end() : qualifier.end();
            Matcher verb = dutyVerbs.at(text, verbAt);
            if (verb != null) {
                int end = InlineDuties.taskEnd(text, at);
                Matcher other = OTHER_SUBJECT.matcher(text).region(verb.end(), end);
                boolean otherSubject = other.find();
                found.addAll(factory.forBodies(read.bodies(), text, verb.end(), otherSubject ? other.start() : end));
                if (!otherSubject) {
                    found.addAll(carried.after(text, end, read.bodies()));
                }
            }
        }
        return found;
    }

    /**
     * Where the next clause may open after {@code from}: a line, a sentence, the part after ":" or ";", or after ",
     * trong khi" (another subject's). A plain scan: a pattern with look-behinds tried at every character cost more
     * than the rest of the extraction.
     */
    static int nextClauseStart(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                return i + 1;
            }
            boolean lead = c == '.' || c == ':' || c == ';';
            if (!lead && c == ',') {
                for (String words : OTHER_SUBJECT_LEADS) {
                    if (text.startsWith(words, i)) {
                        i += words.length() - 1;
                        lead = true;
                        break;
                    }
                }
            }
            if (lead && i + 1 < text.length() && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == '\t')) {
                int at = i + 1;
                while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
                    at++;
                }
                return at;
            }
        }
        return text.length();
    }

    /** Where the list of recipients after "Nơi nhận:" ends: its lines open with a dash. */
    private static int recipientsEnd(String text, int from) {
        int line = text.indexOf('\n', from);
        while (line >= 0 && line + 1 < text.length() && "-–+".indexOf(text.charAt(line + 1)) >= 0) {
            line = text.indexOf('\n', line + 1);
        }
        return line < 0 ? text.length() : line;
    }
}
