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
 * Duties written inside a sentence: "giao Sở X chủ trì ..." (the verb after the body gives the
 * role), "Sở X là cơ quan thường trực ...; báo cáo ..." (STANDING, then the duties after ";"), and the closing article "... chịu trách nhiệm thi hành Quyết định này" (EXECUTE for
 * every body the sentence names).
 */
final class InlineDuties {

    /**
     * "giao Sở X ...", and a request to named bodies: "UBND tỉnh đề nghị Sở X chủ trì ...", "yêu cầu: Ban Dân
     * tộc chủ trì ...", "đề nghị Ủy ban MTTQ tỉnh, Thủ trưởng các sở, ..., Chủ tịch UBND các huyện triển khai ...",
     * "yêu cầu UBND các huyện Trần Văn Thời, Phú Tân và Cái Nước rà soát ...", and "chỉ đạo X ..." when an authority
     * directs ({@link #AUTHORITY_DIRECTS}).
     */
    private static final Pattern GIVES = Pattern.compile(
            "(?<!\\p{L})(?iu:(giao)|đề\\s+nghị|yêu\\s+cầu|(chỉ\\s+đạo))(?:\\s*:)?\\s+(?:cho\\s+)?");
    /**
     * "chỉ đạo X ..." gives X a duty when a province, a city or the Government directs, or a document does ("UBND tỉnh
     * vừa có công văn chỉ đạo Công an tỉnh, Sở TNMT kiểm tra ...", "Chủ tịch UBND tỉnh ban hành văn bản chỉ đạo các huyện
     * Phú Tân, Trần Văn Thời rà soát ..."); not when a body given a duty directs its own ("UBND các huyện tiếp tục chỉ
     * đạo UBND các xã ...", "Sở Y tế chỉ đạo các đơn vị trực thuộc ..."), whose duty it stays.
     */
    private static final Pattern AUTHORITY_DIRECTS = Pattern.compile(
            "(?:(?:UBND|Ủy\\s+ban\\s+nhân\\s+dân|Uỷ\\s+ban\\s+nhân\\s+dân)\\s+(?:tỉnh|thành\\s+phố|TP)(?![\\p{L}])[^.;,\\n]{0,40}"
            + "|Chủ\\s+tịch[^.;,\\n]{0,60}|Thủ\\s+tướng[^.;,\\n]{0,40}|(?:công\\s+văn|văn\\s+bản|[Cc]ông\\s+điện)(?:\\s+số\\s+\\S+)?\\s+)$");
    private static final int AUTHORITY_REACH = 90;
    /**
     * What a request asks of the bodies it names is a verb ("đề nghị Sở X xem xét"), not where the request was made
     * ("Theo đề nghị Sở Tư pháp tại Tờ trình số ...") or whose it is.
     */
    private static final Pattern ASKED_TASK = Pattern.compile("(?!(?:tại|về|của|số|theo|ngày|trong|là|và)(?!\\p{L}))\\p{Ll}");
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
    private static final QuickMatcher.Starts GIVES_STARTS = QuickMatcher.Starts.words("giao", "Giao", "GIAO", "đề", "Đề", "yêu", "Yêu",
            "chỉ đạo");
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

    /** A request whose tasks are the items under it: "đề nghị các Sở, ngành (thực hiện các nội dung sau):". */
    private static final Pattern ITEMS_FOLLOW = Pattern.compile("(?:[^:\\n]{0,60}(?:sau|như sau))?\\s*:[ \\t]*(?=\\n|$)");
    private static final Pattern ITEM = Pattern.compile("(?:\\d{1,2}\\.|[a-zđ]\\)|[-–+•])[ \\t]*");

    /**
     * Between the bodies asked and the task: white space, a bracket's aside, a comma ("(từ Quảng Ngãi trở ra), tập
     * trung ...", "yêu cầu Công an tỉnh Đồng Tháp, tập trung ..."). After a comma only a verb of duty is the task: the
     * list may go on with a word the reader does not take for a body ("các Bộ, ngành, địa phương triển khai").
     */
    private static final Pattern ASIDE = Pattern.compile("\\s*(?:\\([^()\\n]{0,80}\\)\\s*)?(,\\s*)?");

    /** Words of where or whose a request is, never inside a list of those asked. */
    private static final Pattern NOT_ASKED = Pattern.compile("(?:tại|của|theo|về|số|ngày)(?!\\p{L})");
    /** How far a list of those asked holding collectives no reader names may run before its verb. */
    private static final int UNKNOWN_ITEMS_REACH = 120;

    private final IssuerNames names;
    private final AssignmentFactory factory;

    private final BodyList bodyList;
    private final ByBodyDuties byBody;
    private final DutyVerbs dutyVerbs;
    private final CarriedDuties carried;

    InlineDuties(IssuerNames names, BodyList bodyList, AssignmentFactory factory, DutyVerbs dutyVerbs, CarriedDuties carried) {
        this.names = names;
        this.dutyVerbs = dutyVerbs;
        this.carried = carried;
        this.bodyList = bodyList;
        this.factory = factory;
        this.byBody = new ByBodyDuties(names, factory);
    }

    List<Assignment> find(String text) {
        List<Assignment> found = new ArrayList<>();
        QuickMatcher gives = QuickMatcher.of(GIVES, GIVES_STARTS, text);
        while (gives.find()) {
            int end = sentenceEnd(text, gives.end()); // the line: "Giao Sở X chủ trì ... . Yêu cầu gửi báo cáo trước ngày ..."
            BodyList.Read read = bodyList.at(text, gives.end(), end);
            List<String> bodies = new ArrayList<>(read.bodies());
            int taskStart = read.end();
            Matcher aside = Anchored.at(ASIDE, text, taskStart);
            taskStart = aside == null ? taskStart : Math.min(aside.end(), end);
            boolean gave = gives.group(1) != null;
            if (gives.group(2) != null && !AUTHORITY_DIRECTS.matcher(text)
                    .region(Math.max(0, gives.start() - AUTHORITY_REACH), gives.start()).find()) {
                continue;
            }
            boolean listGoesOn = bodies.isEmpty() || aside != null && aside.group(1) != null && dutyVerbs.at(text, taskStart) == null
                    || !gave && text.startsWith("và ", taskStart); // "yêu cầu UBND TP Thủ Đức và các quận huyện xây dựng ..."
            if (listGoesOn) {
                // "yêu cầu các cơ quan, đơn vị chủ rừng, UBND các xã cần bố trí ...", "..., các đơn vị quản lý hồ chứa ...
                // chủ động ứng phó": collectives no reader names, in the list; the task at its first verb of duty
                int verb = bodiesToVerb(text, bodies.isEmpty() ? gives.end() : taskStart, end, bodies);
                if (verb < 0 && !(gave && !bodies.isEmpty())) {
                    continue;
                }
                taskStart = verb < 0 ? taskStart : verb; // "giao X, <what it does>": the task after the comma
            }
            if (gave || listGoesOn || Anchored.at(ASKED_TASK, text, taskStart) != null) {
                // the line is the task ("Giao Sở X chủ trì ... . Yêu cầu gửi báo cáo trước ngày ..."), unless its next
                // sentences carry the bodies on, each a duty of its own ("... . Khẩn trương ... . Đồng thời, ...")
                int sentence = taskEnd(text, taskStart);
                List<Assignment> carriedOn = sentence >= end ? List.of() : carried.after(text, sentence, bodies);
                found.addAll(factory.forBodies(bodies, text, taskStart, carriedOn.isEmpty() ? end : sentence));
                found.addAll(carriedOn);
            }
            if (Anchored.at(ITEMS_FOLLOW, text, taskStart) != null) {
                found.addAll(items(text, end, bodies)); // "yêu cầu các sở, ngành:" and its items below
            }
        }
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

    /** Each item on the lines after {@code lineEnd}, up to the first line that is none: a duty of the bodies asked. */
    /**
     * A list of bodies that holds collectives no reader names, first or after those read ("yêu cầu các cơ quan, đơn
     * vị chủ rừng, UBND các xã cần bố trí ...", "... UBND các huyện, thị xã, các đơn vị quản lý hồ chứa thủy điện, thủy
     * lợi và các đơn vị có liên quan chủ động ứng phó ..."): the bodies read in it are added to {@code bodies} when a verb follows, and
     * the task is the first verb of duty after them, within the clause. Such an item opens with "các", "và" or a
     * capital (a name no reader knows: "giao Sở Giao thông vận tải, Công an TP, UBND các Quận 1, ..."); a word
     * that tells where or whose a request is ("theo đề nghị của UBND huyện tại Tờ trình ...") ends the search. -1 when
     * no body or no verb is found.
     */
    private int bodiesToVerb(String text, int from, int end, List<String> bodies) {
        int limit = Math.min(end, from + UNKNOWN_ITEMS_REACH);
        if (!text.startsWith("các ", from) && !text.startsWith("và ", from) && !Character.isUpperCase(text.charAt(from))) {
            return -1; // an item opens with "các", "và" or a capital ("Công an TP", "Công ty TNHH ..."), not a task's word
        }
        List<String> read = new ArrayList<>(bodies);
        int i = from;
        while (i < limit) {
            char c = text.charAt(i);
            if (c == '.' || c == ';' || c == ':' || c == '(') {
                return -1;
            }
            boolean wordStart = i == from || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ',';
            if (wordStart && Character.isLetter(c)) {
                BodyList.Read item = bodyList.at(text, i, end);
                if (!item.bodies().isEmpty()) {
                    item.bodies().stream().filter(b -> !read.contains(b)).forEach(read::add);
                    i = Math.max(item.end(), i + 1);
                    continue;
                }
                if (Character.isLowerCase(c) && dutyVerbs.at(text, i) != null) {
                    if (read.isEmpty()) {
                        return -1; // "yêu cầu: Thị đoàn phối hợp với UBND phường ...": the unknown one acts, not its partner
                    }
                    bodies.clear();
                    bodies.addAll(read);
                    return i;
                }
                if (Anchored.at(NOT_ASKED, text, i) != null) {
                    return -1;
                }
            }
            i++;
        }
        return -1;
    }

    private List<Assignment> items(String text, int lineEnd, List<String> bodies) {
        List<Assignment> found = new ArrayList<>();
        int lineStart = lineEnd + 1;
        while (lineStart < text.length()) {
            if (text.charAt(lineStart) == '\n') {
                lineStart++; // a blank line between the items
                continue;
            }
            int next = sentenceEnd(text, lineStart);
            Matcher item = Anchored.at(ITEM, text, lineStart);
            if (item == null) {
                break;
            }
            found.addAll(factory.forBodies(bodies, text, item.end(), next));
            lineStart = next + 1;
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

    private static int sentenceEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }
}
