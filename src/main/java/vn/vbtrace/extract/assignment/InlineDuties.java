package vn.vbtrace.extract.assignment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.Role;
import vn.vbtrace.extract.token.IssuerNames;

/**
 * Duties written inside a sentence: "giao Sở X chủ trì ..." (the verb after the body gives the
 * role), and the closing article "... chịu trách nhiệm thi hành Quyết định này" (EXECUTE for
 * every body the sentence names).
 */
final class InlineDuties {

    private static final Pattern GIVES = Pattern.compile("(?<!\\p{L})(?iu:giao)\\s+(?:cho\\s+)?");
    private static final Pattern EXECUTES = Pattern.compile("chịu trách nhiệm thi hành");

    private final IssuerNames names;
    private final AssignmentFactory factory;

    InlineDuties(IssuerNames names, AssignmentFactory factory) {
        this.names = names;
        this.factory = factory;
    }

    List<Assignment> find(String text) {
        List<Assignment> found = new ArrayList<>();
        Matcher gives = GIVES.matcher(text);
        while (gives.find()) {
            IssuerNames.Issuer body = names.single(text, gives.end());
            if (body != null) {
                int end = sentenceEnd(text, body.end());
                int taskStart = body.end();
                while (taskStart < end && Character.isWhitespace(text.charAt(taskStart))) {
                    taskStart++;
                }
                found.addAll(factory.forBodies(List.of(body.name()), text, taskStart, end));
            }
        }
        Matcher executes = EXECUTES.matcher(text);
        while (executes.find()) {
            int start = Math.max(text.lastIndexOf('\n', executes.start()) + 1, 0);
            int end = sentenceEnd(text, executes.end());
            List<String> bodies = new ArrayList<>();
            for (int i = start; i < executes.start(); i++) {
                if (i > start && Character.isLetterOrDigit(text.charAt(i - 1))) {
                    continue;
                }
                IssuerNames.Issuer body = names.single(text, i);
                if (body != null && body.end() <= executes.start()) {
                    if (!bodies.contains(body.name())) {
                        bodies.add(body.name());
                    }
                    i = body.end() - 1;
                }
            }
            String task = text.substring(start, end);
            found.addAll(factory.forBodies(bodies, Role.EXECUTE, task, factory.deadline(task), start, end));
        }
        return found;
    }

    private static int sentenceEnd(String text, int from) {
        int newline = text.indexOf('\n', from);
        return newline < 0 ? text.length() : newline;
    }
}
