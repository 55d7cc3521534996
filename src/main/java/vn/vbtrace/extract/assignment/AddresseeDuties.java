package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.Assignment;

/**
 * A letter's duties: the bodies in "Kính gửi:" are asked ("đề nghị") to do what the request
 * sentences say, by their deadline ("đề nghị gửi về Bộ ... trước ngày 30/11/2023"), or without
 * one when the sentence asks them by a generic name ("đề nghị các Bộ, địa phương triển khai ...").
 */
final class AddresseeDuties {

    private static final Pattern ADDRESSEE = Pattern.compile("^-\\s*(.+?)[;.]?$");
    /**
     * "đề nghị các Bộ, địa phương &lt;task&gt;": the addressees, named generically, asked to act.
     * "đề nghị các cơ quan, đơn vị ... phối hợp" is the closing formula, not a duty.
     */
    private static final String GENERIC = "(?:các\\s+)?(?:Bộ|bộ|ngành|địa\\s+phương)";
    private static final Pattern ASKS = Pattern.compile("đề\\s+nghị\\s+(?:Quý\\s+cơ\\s+quan|" + GENERIC + "(?:\\s*,\\s*"
            + GENERIC + ")*)\\s+(?!và\\s)(?=\\p{Ll})");
    private static final Pattern SENTENCE = Pattern.compile("[^.\\n]*(?:\\.(?!\\s|/|$)[^.\\n]*)*(?:\\./\\.|\\.|$)");

    /** "Bộ Tài chính đề nghị các Bộ và Ủy ban nhân dân các tỉnh ...:": an ask whose tasks are the items below it. */
    private static final Pattern ASKS_FOR_ITEMS = Pattern.compile("(?<!\\p{L})đề\\s+nghị(?!\\p{L})[^\\n]*:\\s*$");
    private static final Pattern ITEM = Pattern.compile("^(?:\\d{1,2}\\.|[a-zđ]\\)|[-–+])\\s+");

    private final BodyList bodyList;
    private final AssignmentFactory factory;

    AddresseeDuties(BodyList bodyList, AssignmentFactory factory) {
        this.bodyList = bodyList;
        this.factory = factory;
    }

    /**
     * "... đề nghị các Bộ và Ủy ban nhân dân các tỉnh ...:" then "1. Chỉ đạo ...", "2. Gửi báo cáo ...
     * trước ngày 15/11/2024": each item is a duty of every addressee, its role and deadline its own.
     */
    private List<Assignment> listedAsks(String text, int from, int to, List<String> addressees) {
        List<Assignment> found = new ArrayList<>();
        boolean inList = false;
        int lineStart = from;
        while (lineStart < to) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 || lineEnd > to ? to : lineEnd;
            String line = text.substring(lineStart, lineEnd);
            Matcher item = ITEM.matcher(line);
            if (inList && item.find()) {
                found.addAll(factory.forBodies(addressees, text, lineStart + item.end(), lineEnd));
            } else {
                inList = ASKS_FOR_ITEMS.matcher(line).find();
            }
            lineStart = lineEnd + 1;
        }
        return found;
    }

    List<Assignment> find(String text) {
        int greeting = text.indexOf("Kính gửi");
        if (greeting < 0) {
            return List.of();
        }
        List<String> addressees = new ArrayList<>();
        int greetingEnd = text.indexOf('\n', greeting);
        if (greetingEnd < 0) {
            return List.of();
        }
        int lineStart = greetingEnd + 1;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            Matcher m = ADDRESSEE.matcher(text.substring(lineStart, lineEnd).strip());
            if (!m.matches()) {
                break;
            }
            for (String body : bodyList.read(m.group(1)).bodies()) {
                if (!addressees.contains(body)) {
                    addressees.add(body);
                }
            }
            lineStart = lineEnd + 1;
        }
        if (addressees.isEmpty()) {
            return List.of();
        }
        lineStart = Math.min(lineStart, text.length());
        int end = text.indexOf("Nơi nhận", lineStart);
        end = end < 0 ? text.length() : end;
        List<Assignment> found = new ArrayList<>(listedAsks(text, lineStart, end, addressees));
        Matcher sentence = SENTENCE.matcher(text).region(lineStart, end);
        while (sentence.find()) {
            String s = sentence.group();
            Matcher asks = ASKS.matcher(s);
            if (s.contains("đề nghị") && factory.deadline(s) != null) {
                int start = sentence.start() + (s.length() - s.stripLeading().length());
                found.addAll(factory.forBodies(addressees, text, start, sentence.end()));
            } else if (asks.find()) {
                // "Bộ Khoa học và Công nghệ đề nghị các Bộ, địa phương triển khai ...": the task follows the ask
                found.addAll(factory.forBodies(addressees, text, sentence.start() + asks.end(), sentence.end()));
            }
            if (sentence.end() == sentence.start()) {
                break;
            }
        }
        return found;
    }
}
