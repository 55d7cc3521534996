package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.vbtrace.document.Assignment;

/**
 * A body named again by its short form resolves to the full name the document uses for it:
 * "1. Ban Điều hành dự án: ... Ban Điều hành có trách nhiệm tham mưu ..." is one body. The short
 * form resolves only when exactly one longer name in the document's duties starts with it.
 */
final class ShortNames {

    private ShortNames() {
    }

    static List<Assignment> resolve(List<Assignment> assignments) {
        Set<String> names = new LinkedHashSet<>();
        assignments.forEach(a -> names.add(a.body()));
        List<Assignment> resolved = new ArrayList<>(assignments.size());
        for (Assignment a : assignments) {
            String full = fullName(a.body(), names);
            resolved.add(full == null ? a : new Assignment(full, a.role(), a.task(), a.deadline(), a.start(), a.end()));
        }
        return resolved;
    }

    private static String fullName(String shortName, Set<String> names) {
        if (shortName.startsWith("UBND") || shortName.startsWith("Ủy ban")) {
            return null; // a bare "UBND" is the province's or a district's: not a short form
        }
        String found = null;
        for (String name : names) {
            if (name.length() > shortName.length() && name.startsWith(shortName + " ")) {
                if (found != null) {
                    return null; // two candidates: leave the short name as written
                }
                found = name;
            }
        }
        return found;
    }
}
