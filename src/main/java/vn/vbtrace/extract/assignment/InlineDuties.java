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
    /** "&lt;bodies&gt; có trách nhiệm &lt;task&gt;" inside a sentence (not a heading ending in it). */
    private static final Pattern RESPONSIBLE = Pattern.compile("(?<!\\p{L})có trách nhiệm[ \\t]+(?=\\p{Ll})");
    /** What may follow the named bodies in a subject: generic bodies with no name ("các Bộ, địa phương"). */
    private static final Pattern GENERIC_TAIL = Pattern.compile(
            "[\\s,]*(?:(?:và\\s+)?(?:các\\s+)?(?:địa phương|ngành|cơ quan[^,]{0,30}|đơn vị[^,]{0,30})[\\s,]*)*");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[.;:\\n]|(?<!\\p{L})theo đó(?!\\p{L})");

    private final IssuerNames names;
    private final AssignmentFactory factory;

    private final BodyList bodyList;

    InlineDuties(IssuerNames names, BodyList bodyList, AssignmentFactory factory) {
        this.names = names;
        this.bodyList = bodyList;
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
        found.addAll(responsible(text));
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

    /** "theo đó các Bộ, địa phương có trách nhiệm báo cáo ... trước ngày 30 tháng 11 hằng năm". */
    private List<Assignment> responsible(String text) {
        List<Assignment> found = new ArrayList<>();
        Matcher m = RESPONSIBLE.matcher(text);
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
                    if (!read.bodies().isEmpty() && GENERIC_TAIL.matcher(subject.substring(i + read.end())).matches()) {
                        bodies = read.bodies(); // the bodies are the whole subject right before the verb
                    }
                }
            }
            found.addAll(factory.forBodies(bodies, text, m.end(), taskEnd(text, m.end())));
        }
        return found;
    }

    /** A task runs to its sentence's full stop or its line's end. */
    private static int taskEnd(String text, int from) {
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
