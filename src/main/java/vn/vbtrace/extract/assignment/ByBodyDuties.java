package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.Role;
import vn.vbtrace.extract.token.Anchored;
import vn.vbtrace.extract.token.IssuerNames;
import vn.vbtrace.extract.token.QuickMatcher;

/**
 * "dự thảo Chương trình ... do Bộ KHCN chủ trì xây dựng": the body after "do" leads or supports the
 * thing named before it. A clause that reports a fact ("04 dự án do các Bộ chủ trì đã được phê
 * duyệt") is not a duty, so a clause holding "đã" is left out.
 */
final class ByBodyDuties {

    private static final QuickMatcher.Starts D = QuickMatcher.Starts.words("do");
    private static final Pattern BY = Pattern.compile("(?<!\\p{L})do\\s+");
    private static final Pattern BY_ROLE = Pattern.compile("\\s+(chủ trì|phối hợp)(?!\\p{L})");
    private static final Pattern DONE = Pattern.compile("(?<!\\p{L})đã(?!\\p{L})");

    private final IssuerNames names;
    private final AssignmentFactory factory;

    ByBodyDuties(IssuerNames names, AssignmentFactory factory) {
        this.names = names;
        this.factory = factory;
    }

    /** Each "... do &lt;body&gt; chủ trì ...": the clause from its start to its end, the role from the verb. */
    List<Assignment> find(String text) {
        List<Assignment> found = new ArrayList<>();
        QuickMatcher m = QuickMatcher.of(BY, D, text);
        while (m.find()) {
            IssuerNames.Issuer body = names.single(text, m.end());
            if (body == null || Anchored.at(BY_ROLE, text, body.end()) == null) {
                continue;
            }
            int start = 0;
            Matcher clause = InlineDuties.CLAUSE_BREAK.matcher(text).region(Math.max(0, m.start() - 300), m.start());
            while (clause.find()) {
                start = clause.end();
            }
            while (start < m.start() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = InlineDuties.taskEnd(text, body.end());
            String task = text.substring(start, end);
            if (DONE.matcher(task).find()) {
                continue;
            }
            Role role = text.startsWith("chủ trì", Anchored.at(BY_ROLE, text, body.end()).start(1)) ? Role.LEAD : Role.SUPPORT;
            found.addAll(factory.forBodies(List.of(body.name()), role, task, factory.deadline(task), start, end));
        }
        return found;
    }
}
