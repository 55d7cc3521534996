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
 * Duties written inside a sentence: "X có trách nhiệm ...", "Sở X là cơ quan thường trực ...; báo cáo ..." (STANDING,
 * then the duties after ";"), and the closing article "... chịu trách nhiệm thi hành Quyết định này" (EXECUTE for every
 * body the sentence names); a request to named bodies is {@link RequestDuties}'s.
 */
final class InlineDuties {

    /** The closing article: "... chịu trách nhiệm thi hành Quyết định này", "... căn cứ Quyết định thi hành". */
    private static final Pattern EXECUTES = Pattern.compile("(?:chịu|có) trách nhiệm thi hành|căn cứ (?iu:quyết định)(?: này)? thi hành");
    /** "&lt;bodies&gt; có trách nhiệm &lt;task&gt;" inside a sentence (not a heading ending in it). */
    private static final Pattern RESPONSIBLE = Pattern.compile("(?<!\\p{L})có trách nhiệm[ \\t]+(?=\\p{Ll})");
    /** What may follow the named bodies in a subject: generic bodies with no name ("các Bộ, địa phương"). */
    private static final Pattern GENERIC_TAIL = Pattern.compile(
            "[\\s,]*(?:(?:và\\s+)?(?:các\\s+)?(?:địa phương|ngành|cơ quan[^,]{0,30}|đơn vị[^,]{0,30})[\\s,]*)*");
    /** "Tổng cục X - cơ quan thường trực Chương trình", "Chi cục X trực thuộc Sở Y là cơ quan thường trực". */
    /** "cơ quan thường trực", found first (a plain scan for its "c"), then what leads into it (STANDING_LEAD). */
    private static final Pattern STANDING = Pattern.compile("cơ quan thường trực(?!\\p{L})");
    private static final Pattern STANDING_LEAD = Pattern.compile("(?:\\s+-\\s+|\\s+là\\s+)$");
    private static final int LONGEST_LEAD = 64;
    private static final QuickMatcher.Starts EXECUTES_STARTS = QuickMatcher.Starts.words("chịu trách", "có trách", "căn cứ");
    private static final QuickMatcher.Starts STANDING_STARTS = QuickMatcher.Starts.words("cơ quan thường trực");
    private static final QuickMatcher.Starts RESPONSIBLE_STARTS = QuickMatcher.Starts.words("có trách nhiệm");
    private static final String PART_OF = "trực thuộc ";
    /**
     * "các Bộ, địa phương" in a subject: paired with the ministries, the localities are the provinces'
     * People's Committees (the vocabulary's name for them).
     */
    private static final Pattern LOCALITIES = Pattern.compile("(?<!\\p{L})địa phương(?!\\p{L})");
    private static final String PROVINCES = "UBND các tỉnh, thành phố trực thuộc Trung ương";
    /** A sentence's end inside a line: a full stop and a capital ("Điều 3. Chánh Văn phòng ..." opens one too). */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("\\.\\s+(?=\\p{Lu})");
    static final Pattern CLAUSE_BREAK = Pattern.compile("[.;:\\n]|(?<!\\p{L})theo đó(?!\\p{L})");

    private final IssuerNames names;
    private final AssignmentFactory factory;

    private final BodyList bodyList;
    private final ByBodyDuties byBody;

    InlineDuties(IssuerNames names, BodyList bodyList, AssignmentFactory factory) {
        this.names = names;
        this.bodyList = bodyList;
        this.factory = factory;
        this.byBody = new ByBodyDuties(names, factory);
    }

    List<Assignment> find(String text) {
        List<Assignment> found = new ArrayList<>();
        found.addAll(responsible(text));
        found.addAll(byBody.find(text));
        found.addAll(standing(text));
        QuickMatcher executes = QuickMatcher.of(EXECUTES, EXECUTES_STARTS, text);
        while (executes.find()) {
            int start = Math.max(text.lastIndexOf('\n', executes.start()) + 1, 0);
            Matcher sentence = SENTENCE_BREAK.matcher(text).region(start, executes.start());
            while (sentence.find()) {
                start = sentence.end(); // "Theo đó, UBND tỉnh giao ... . Các Sở ... chịu trách nhiệm thi hành": this sentence's
            }
            int end = sentenceEnd(text, executes.end());
            List<String> bodies = new ArrayList<>();
            for (int i = start; i < executes.start(); i++) {
                int close = text.charAt(i) == '(' ? text.indexOf(')', i) : -1;
                if (close > 0 && close < executes.start()) {
                    i = close; // "Trưởng Ban Thi đua - Khen thưởng (Sở Nội vụ)": whose the body is, not one who acts
                    continue;
                }
                if (i > start && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    continue;
                }
                BodyList.Read read = bodyList.at(text, i, executes.start());
                for (String body : read.bodies()) {
                    if (!bodies.contains(body)) {
                        bodies.add(body);
                    }
                }
                if (!read.bodies().isEmpty()) {
                    i = read.end() - 1;
                }
            }
            String task = text.substring(start, end);
            found.addAll(factory.forBodies(bodies, Role.EXECUTE, task, factory.deadline(task), start, end));
        }
        return found;
    }

    /** A body named as the standing body of a program or project: STANDING, from its name to the clause's end. */
    private List<Assignment> standing(String text) {
        List<Assignment> found = new ArrayList<>();
        QuickMatcher role = QuickMatcher.of(STANDING, STANDING_STARTS, text);
        while (role.find()) {
            Matcher lead = STANDING_LEAD.matcher(text).region(Math.max(0, role.start() - LONGEST_LEAD), role.start());
            if (!lead.find()) {
                continue;
            }
            int bodyStart = bodyEndingAt(text, lead.start());
            if (bodyStart < 0) {
                continue;
            }
            int head = bodyStart - PART_OF.length();
            if (head > 0 && text.startsWith(PART_OF, head)) {
                int owner = bodyEndingAt(text, head - 1); // "Chi cục X trực thuộc Sở Y": the Chi cục
                bodyStart = owner >= 0 ? owner : bodyStart;
            }
            String body = names.single(text, bodyStart).name();
            int end = role.start();
            while (end < text.length() && ".;\n".indexOf(text.charAt(end)) < 0) {
                end++;
            }
            found.addAll(factory.forBodies(List.of(body), Role.STANDING, text.substring(bodyStart, end), null, bodyStart, end));
            if (end < text.length() && text.charAt(end) == ';') {
                // "Sở X là cơ quan thường trực, theo dõi ...; tổng hợp, báo cáo UBND tỉnh ... trước ngày ...": the
                // sentence goes on with more of the standing body's duties
                int rest = end + 1;
                while (rest < text.length() && Character.isWhitespace(text.charAt(rest)) && text.charAt(rest) != '\n') {
                    rest++;
                }
                found.addAll(factory.forBodies(List.of(body), text, rest, taskEnd(text, rest)));
            }
        }
        return found;
    }

    /** Where the longest body name that ends exactly at {@code end} starts (same line), or -1. */
    private int bodyEndingAt(String text, int end) {
        int lineStart = text.lastIndexOf('\n', end - 1) + 1;
        for (int i = Math.max(lineStart, end - 120); i < end; i++) {
            if (i > lineStart && Character.isLetterOrDigit(text.charAt(i - 1))) {
                continue;
            }
            IssuerNames.Issuer body = names.single(text, i);
            if (body != null && body.end() == end) {
                return i;
            }
        }
        return -1;
    }

    /** "theo đó các Bộ, địa phương có trách nhiệm báo cáo ... trước ngày 30 tháng 11 hằng năm". */
    private List<Assignment> responsible(String text) {
        List<Assignment> found = new ArrayList<>();
        QuickMatcher m = QuickMatcher.of(RESPONSIBLE, RESPONSIBLE_STARTS, text);
        while (m.find()) {
            int clauseStart = 0;
            Matcher clause = CLAUSE_BREAK.matcher(text).region(Math.max(0, m.start() - 300), m.start());
            while (clause.find()) {
                clauseStart = clause.end();
            }
            String subject = text.substring(clauseStart, m.start());
            List<String> bodies = List.of();
            for (int i = 0; i < subject.length() && bodies.isEmpty(); i++) {
                if (i == 0 || !Character.isLetterOrDigit(subject.charAt(i - 1))) {
                    BodyList.Read read = bodyList.read(subject.substring(i));
                    String tail = subject.substring(i + read.end());
                    if (!read.bodies().isEmpty() && GENERIC_TAIL.matcher(tail).matches()) {
                        bodies = withLocalities(read.bodies(), tail); // the bodies are the whole subject right before the verb
                    }
                }
            }
            found.addAll(factory.forBodies(bodies, text, m.end(), taskEnd(text, m.end())));
        }
        return found;
    }

    private static List<String> withLocalities(List<String> bodies, String tail) {
        boolean ministries = bodies.stream().anyMatch(b -> b.toLowerCase().startsWith("các bộ") || b.startsWith("Bộ "));
        if (!ministries || !LOCALITIES.matcher(tail).find() || bodies.contains(PROVINCES)) {
            return bodies;
        }
        List<String> all = new ArrayList<>(bodies);
        all.add(PROVINCES);
        return all;
    }

    /** A task runs to its sentence's full stop or its line's end. */
    static int taskEnd(String text, int from) {
        int end = sentenceEnd(text, from);
        for (int i = from; i < end - 1; i++) {
            if (text.charAt(i) == '.' && Character.isWhitespace(text.charAt(i + 1))) {
                return i + 1;
            }
        }
        return end;
    }

    static int sentenceEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }
}
