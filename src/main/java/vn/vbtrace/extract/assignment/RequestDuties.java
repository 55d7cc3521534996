package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.extract.token.Anchored;
import vn.vbtrace.extract.token.QuickMatcher;

/**
 * Duties given to the bodies a sentence names after its verb of giving: "giao Sở X chủ trì ..." (the verb after the
 * bodies gives the role), "UBND tỉnh đề nghị / yêu cầu (:) X, Thủ trưởng các sở, ... <verb> ...", a province's or the
 * Government's "chỉ đạo X ...", and the items under a request that ends in a colon.
 */
final class RequestDuties {

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
    private static final QuickMatcher.Starts GIVES_STARTS = QuickMatcher.Starts.words("giao", "Giao", "GIAO", "đề", "Đề", "yêu", "Yêu",
            "chỉ đạo");
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

    private final BodyList bodyList;
    private final AssignmentFactory factory;
    private final DutyVerbs dutyVerbs;
    private final CarriedDuties carried;

    RequestDuties(BodyList bodyList, AssignmentFactory factory, DutyVerbs dutyVerbs, CarriedDuties carried) {
        this.bodyList = bodyList;
        this.factory = factory;
        this.dutyVerbs = dutyVerbs;
        this.carried = carried;
    }

    List<Assignment> find(String text) {
        List<Assignment> found = new ArrayList<>();
        QuickMatcher gives = QuickMatcher.of(GIVES, GIVES_STARTS, text);
        while (gives.find()) {
            int end = InlineDuties.sentenceEnd(text, gives.end()); // the line: "Giao Sở X chủ trì ... . Yêu cầu gửi báo cáo trước ngày ..."
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
                int sentence = InlineDuties.taskEnd(text, taskStart);
                List<Assignment> carriedOn = sentence >= end ? List.of() : carried.after(text, sentence, bodies);
                found.addAll(factory.forBodies(bodies, text, taskStart, carriedOn.isEmpty() ? end : sentence));
                found.addAll(carriedOn);
            }
            if (Anchored.at(ITEMS_FOLLOW, text, taskStart) != null) {
                found.addAll(items(text, end, bodies)); // "yêu cầu các sở, ngành:" and its items below
            }
        }
        return found;
    }

    /**
     * A list of bodies that holds collectives no reader names, first or after those read ("yêu cầu các cơ quan, đơn
     * vị chủ rừng, UBND các xã cần bố trí ...", "... UBND các huyện, thị xã, các đơn vị quản lý hồ chứa thủy điện, thủy
     * lợi và các đơn vị có liên quan chủ động ứng phó ..."): the bodies read in it are added to {@code bodies} when a
     * verb follows, and the task is the first verb of duty after them, within the clause. Such an item opens with "các",
     * "và" or a capital (a name no reader knows: "giao Sở Giao thông vận tải, Công an TP, UBND các Quận 1, ..."); a
     * word that tells where or whose a request is ("theo đề nghị của UBND huyện tại Tờ trình ...") ends the search. -1
     * when no body or no verb is found.
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

    /** Each item on the lines after {@code lineEnd}, up to the first line that is none: a duty of the bodies asked. */
    private List<Assignment> items(String text, int lineEnd, List<String> bodies) {
        List<Assignment> found = new ArrayList<>();
        int lineStart = lineEnd + 1;
        while (lineStart < text.length()) {
            if (text.charAt(lineStart) == '\n') {
                lineStart++; // a blank line between the items
                continue;
            }
            int next = InlineDuties.sentenceEnd(text, lineStart);
            Matcher item = Anchored.at(ITEM, text, lineStart);
            if (item == null) {
                break;
            }
            found.addAll(factory.forBodies(bodies, text, item.end(), next));
            lineStart = next + 1;
        }
        return found;
    }
}
