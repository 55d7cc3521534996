package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.Assignment;

/**
 * Duty sections of a plan: a numbered heading that names bodies ("4. Sở Tài chính",
 * "1. Đối với Ban Điều hành Chương trình:", "2. Các Sở: Công Thương, Y tế ... có trách nhiệm:")
 * and the items under it (a), -, +, or plain paragraphs before the first item). Each item is
 * one assignment per body. "- Chỉ đạo Chi cục X:" hands the "+" items under it to Chi cục X.
 */
final class DutySections {

    private static final Pattern HEADING = Pattern.compile("^(?:\\d{1,2}(?:\\.\\d{1,2})*|[IVXLC]+)\\.\\s+(.*)$");
    private static final Pattern FOR = Pattern.compile("^(?:Đối với|Giao|Đề nghị)\\s+", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM = Pattern.compile("^(?:[a-zđ]\\)|[-–+*•])\\s*");
    private static final Pattern SUB_ITEM = Pattern.compile("^\\+\\s*");
    private static final Pattern DIRECTS = Pattern.compile("^-\\s*Chỉ đạo\\s+(.+?)\\s*:$");
    private static final Pattern HEADER_ONLY = Pattern.compile(
            "^(?:\\s*(?:có trách nhiệm|trong phạm vi[^:]*|dự án|Chương trình|có liên quan))*\\s*:?\\s*$",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    /** What ends a section: the closing paragraph, the signature, a letter's "Văn phòng Chính phủ (xin) thông báo để ... biết". */
    private static final Pattern CLOSING = Pattern.compile(
            "^(?:Trên đây|Nơi nhận|Trong quá trình|KT\\.|TM\\.|\\||Văn phòng Chính phủ (?:xin )?thông báo)");

    private final BodyList bodyList;
    private final AssignmentFactory factory;
    private final List<String> organizers;

    DutySections(BodyList bodyList, AssignmentFactory factory, List<String> organizers) {
        this.bodyList = bodyList;
        this.factory = factory;
        this.organizers = organizers;
    }

    /**
     * "Kiện toàn Ban Điều hành dự án do Phó Chủ tịch ... làm Trưởng ban" under the heading "1. Ban Điều
     * hành dự án:": the paragraph sets the section's own body up; it gives that body no duty.
     */
    private boolean organizesOwner(String text, int taskStart, int lineEnd, List<String> owners) {
        String task = text.substring(taskStart, lineEnd);
        for (String verb : organizers) {
            if (task.regionMatches(true, 0, verb, 0, verb.length())) {
                String object = task.substring(verb.length()).stripLeading();
                return bodyList.read(object).bodies().stream().anyMatch(owners::contains);
            }
        }
        return false;
    }

    List<Assignment> find(String text) {
        List<Assignment> found = new ArrayList<>();
        List<String> bodies = List.of();
        List<String> directed = null;
        boolean sawItem = false;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd).strip();
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                bodies = List.of();
                directed = null;
                sawItem = false;
                String rest = heading.group(1);
                Matcher forBody = FOR.matcher(rest);
                int skip = forBody.find() ? forBody.end() : 0;
                BodyList.Read read = bodyList.read(rest.substring(skip));
                if (!read.bodies().isEmpty()) {
                    bodies = read.bodies();
                    String inline = rest.substring(skip + read.end());
                    if (!HEADER_ONLY.matcher(inline).matches() && inline.strip().length() > 20) {
                        int taskStart = lineStart + line.indexOf(rest) + skip + read.end();
                        found.addAll(factory.forBodies(bodies, text, skipSpace(text, taskStart), lineEnd));
                        sawItem = true; // a heading with its own task is an item: a plain line after it ends the section
                    }
                }
            } else if (!bodies.isEmpty() && !line.isEmpty()) {
                if (CLOSING.matcher(line).find() || (sawItem && !ITEM.matcher(line).find())) {
                    bodies = List.of(); // a closing paragraph after the items ends the section
                } else {
                    Matcher directs = DIRECTS.matcher(line);
                    if (directs.matches() && !bodyList.read(directs.group(1)).bodies().isEmpty()) {
                        directed = bodyList.read(directs.group(1)).bodies();
                    } else {
                        boolean sub = SUB_ITEM.matcher(line).find();
                        Matcher item = ITEM.matcher(line);
                        int taskStart = lineStart + text.substring(lineStart, lineEnd).indexOf(line)
                                + (item.find() ? item.end() : 0);
                        List<String> owners = sub && directed != null ? directed : bodies;
                        if (!organizesOwner(text, taskStart, lineEnd, owners)) {
                            found.addAll(factory.forBodies(owners, text, taskStart, lineEnd));
                        }
                        if (!sub) {
                            directed = null;
                        }
                    }
                    sawItem |= ITEM.matcher(line).find();
                }
            }
            lineStart = lineEnd + 1;
        }
        return found;
    }

    private static int skipSpace(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == ',' || text.charAt(i) == ':')) {
            i++;
        }
        return i;
    }
}
