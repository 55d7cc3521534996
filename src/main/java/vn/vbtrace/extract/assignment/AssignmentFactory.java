package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.Role;

/**
 * Makes the assignments of a task span, one per body and role. The role and the deadline are
 * read from the task text. An item may give its body a second role in a later part: a sentence,
 * a part after ";", or "... và phối hợp với ..." that opens with another role verb ("Tổ chức
 * sơ kết ... . Trước ngày 30 tháng 11 hằng năm, gửi báo cáo về Sở ..." is EXECUTE and REPORT);
 * such a part is its own assignment. Parts without a role verb of their own stay with the role
 * before them ("Chủ trì, phối hợp ...; xây dựng ...; tổ chức ..." is one LEAD).
 */
final class AssignmentFactory {

    /**
     * Where a task may turn to another duty: a sentence end, a semicolon, "và phối hợp", "và gửi" (a result sent up:
     * "... và gửi kết quả về Sở ..."), ", chủ trì", or a comma before a turn word ({@code turn} in clause-words.tsv:
     * ", báo cáo định kỳ ..."). Not "và báo cáo": often a noun beside another ("thực hiện việc tổng kết và báo cáo").
     */
    private final Pattern partBreak;

    private final RoleReader roles;

    AssignmentFactory(RoleReader roles, List<String> turns) {
        this.roles = roles;
        String turn = turns.stream().map(t -> t.replace(" ", "\\s+")).reduce((a, b) -> a + "|" + b).orElse("(?!)");
        this.partBreak = Pattern.compile("(?<=[.;])\\s+(?=\\p{L})|(?=\\s+và\\s+phối\\s+hợp\\s)"
                + "|(?<=,)\\s*(?=chủ\\s+trì\\s*,)|(?<=,)\\s*(?=(?iu:" + turn + ")(?!\\p{L}))|(?=\\s+và\\s+gửi\\s)");
    }

    List<Assignment> forBodies(List<String> bodies, String text, int start, int end) {
        int trimmedEnd = end;
        while (trimmedEnd > start && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
            trimmedEnd--;
        }
        if (trimmedEnd <= start) {
            return List.of();
        }
        List<Assignment> made = new ArrayList<>();
        for (Part part : parts(text, start, trimmedEnd)) {
            String task = text.substring(part.start, part.end);
            made.addAll(forBodies(bodies, part.role, task, part.deadline, part.start, part.end));
        }
        return made;
    }

    private record Part(Role role, String deadline, int start, int end) {
    }

    /** The task cut where a later part opens with a role of its own; the first part's role is read as a whole. */
    private List<Part> parts(String text, int start, int end) {
        List<int[]> pieces = new ArrayList<>();
        Matcher br = partBreak.matcher(text).region(start, end);
        int from = start;
        while (br.find()) {
            if (br.end() > from && br.end() < end) {
                pieces.add(new int[] {from, br.end()});
                from = br.end();
            }
        }
        pieces.add(new int[] {from, end});

        List<Part> parts = new ArrayList<>();
        int partStart = start;
        Role partRole = null;
        for (int i = pieces.size() - 2; i >= 0; i--) {
            if (timeOnly(text.substring(pieces.get(i)[0], pieces.get(i)[1]))) {
                pieces.set(i, new int[] {pieces.get(i)[0], pieces.remove(i + 1)[1]}); // the time goes with its verb
            }
        }
        for (int[] piece : pieces) {
            String pieceText = text.substring(piece[0], piece[1]).strip();
            Role opening = piece[0] == start ? null : roles.opening(pieceText, DeadlineParser.parse(pieceText));
            if (opening != null && opening != Role.EXECUTE && (partRole == null || opening != partRole)) {
                parts.add(part(text, partStart, piece[0], partRole));
                partStart = skipSpace(text, piece[0]);
                partRole = opening;
            }
        }
        parts.add(part(text, partStart, end, partRole));
        return merged(parts);
    }

    /**
     * "Trước ngày 30 tháng 11 hằng năm,": a time that leads into a verb, with none of its own, belongs to the part
     * after it; so does a lone verb before a report ("tổng hợp, báo cáo UBND tỉnh ...": one report).
     */
    private boolean timeOnly(String piece) {
        String stripped = piece.strip();
        return stripped.endsWith(",") && !roles.hasRoleVerb(piece)
                && (DeadlineParser.parse(piece) != null || stripped.split("\\s+").length <= 2);
    }

    private Part part(String text, int start, int end, Role known) {
        int trimmed = end;
        while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
            trimmed--;
        }
        String task = text.substring(start, trimmed);
        String deadline = DeadlineParser.parse(task);
        Role role = known != null ? known : roles.read(task, deadline);
        return new Part(role, deadline, start, trimmed);
    }

    /** Two parts of the same role in one item are one assignment, from the first's start to the last's end. */
    private static List<Part> merged(List<Part> parts) {
        List<Part> out = new ArrayList<>();
        for (Part part : parts) {
            int same = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).role == part.role) {
                    same = i;
                }
            }
            if (same < 0) {
                out.add(part);
            } else {
                Part first = out.get(same);
                out.set(same, new Part(first.role, first.deadline != null ? first.deadline : part.deadline, first.start, part.end));
            }
        }
        return out;
    }

    private static int skipSpace(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    List<Assignment> forBodies(List<String> bodies, Role role, String task, String deadline, int start, int end) {
        List<Assignment> made = new ArrayList<>();
        for (String body : bodies) {
            made.add(new Assignment(body, role, task, deadline, start, end));
        }
        return made;
    }

    String deadline(String task) {
        return DeadlineParser.parse(task);
    }
}
