package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.List;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.Role;

/** Makes one assignment per body for a task span, reading its deadline and role from the task text. */
final class AssignmentFactory {

    private final RoleReader roles;

    AssignmentFactory(RoleReader roles) {
        this.roles = roles;
    }

    List<Assignment> forBodies(List<String> bodies, String text, int start, int end) {
        int trimmedEnd = end;
        while (trimmedEnd > start && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
            trimmedEnd--;
        }
        if (trimmedEnd <= start) {
            return List.of();
        }
        String task = text.substring(start, trimmedEnd);
        String deadline = DeadlineParser.parse(task);
        Role role = roles.read(task, deadline);
        return forBodies(bodies, role, task, deadline, start, trimmedEnd);
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
