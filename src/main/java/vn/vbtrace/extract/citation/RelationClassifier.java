package vn.vbtrace.extract.citation;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.Relation;
import vn.vbtrace.extract.vocab.ClauseWords;

/**
 * The relation of a mention from the clause it stands in. A sentence opening with "Căn cứ"
 * makes every mention in it a legal basis, one opening with "Theo đề nghị" a proposal; else
 * the cue word right before the mention decides ("Kế hoạch thực hiện Quyết định số ...");
 * inside a parenthesis the cue describes something else, so the mention only CITES.
 */
final class RelationClassifier {

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:/\\.)?\\s+(?=[\\p{Lu}“\"(])");
    /** Small words that may stand between a cue and the mention ("thực hiện theo các Quyết định"). */
    private static final Pattern FILLER = Pattern.compile("(?:\\s+(?:theo|các|tại|của|đối với))+$");
    /** What may separate two mentions of one list ("Quyết định A; Quyết định B và Thông tư C"). */
    private static final Pattern LIST_GAP = Pattern.compile("^[\\s,;]*(?:và\\s+)?$");

    private final ClauseWords words;

    RelationClassifier(ClauseWords words) {
        this.words = words;
    }

    Relation classify(String text, int mentionStart, Mention previous) {
        int sentenceStart = sentenceStart(text, mentionStart);
        String opening = text.substring(sentenceStart, Math.min(text.length(), sentenceStart + 40))
                .toLowerCase(Locale.ROOT);
        for (ClauseWords.Cue<Relation> cue : words.openings()) {
            if (opening.startsWith(cue.phrase())) {
                Relation own = ownCue(text, sentenceStart, mentionStart);
                return own != null ? own : cue.meaning();
            }
        }
        if (insideParenthesis(text, sentenceStart, mentionStart)) {
            return Relation.CITES;
        }
        if (previous != null && previous.end() > sentenceStart && previous.end() <= mentionStart
                && LIST_GAP.matcher(text.substring(previous.end(), mentionStart)).matches()) {
            return previous.relation(); // one cue governs a whole list
        }
        String before = text.substring(sentenceStart, mentionStart).strip().toLowerCase(Locale.ROOT);
        Relation cued = cueAtEnd(before);
        if (cued == null) {
            cued = cueAtEnd(FILLER.matcher(before).replaceAll("")); // "thực hiện theo các Quyết định"
        }
        return cued != null ? cued : Relation.CITES;
    }

    /**
     * A part of an opening sentence, after ";", that is only a cue and the mention ("Căn cứ Luật A;
     * thực hiện Thông tư B, ..."): that cue is the mention's own. Null otherwise.
     */
    private Relation ownCue(String text, int sentenceStart, int mentionStart) {
        int semicolon = text.lastIndexOf(';', mentionStart - 1);
        if (semicolon < sentenceStart) {
            return null;
        }
        String part = FILLER.matcher(text.substring(semicolon + 1, mentionStart).strip().toLowerCase(Locale.ROOT)).replaceAll("");
        for (ClauseWords.Cue<Relation> cue : words.relations()) {
            if (part.equals(cue.phrase())) {
                return cue.meaning();
            }
        }
        return null;
    }

    private Relation cueAtEnd(String before) {
        for (ClauseWords.Cue<Relation> cue : words.relations()) {
            if (endsWithWord(before, cue.phrase())) {
                return cue.meaning();
            }
        }
        return null;
    }

    private static int sentenceStart(String text, int position) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, position - 1)) + 1;
        Matcher m = SENTENCE_END.matcher(text).region(lineStart, position);
        int start = lineStart;
        while (m.find()) {
            start = m.end();
        }
        return start;
    }

    private static boolean insideParenthesis(String text, int from, int to) {
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            }
        }
        return depth > 0;
    }

    private static boolean endsWithWord(String text, String phrase) {
        if (!text.endsWith(phrase)) {
            return false;
        }
        int before = text.length() - phrase.length() - 1;
        return before < 0 || !Character.isLetterOrDigit(text.charAt(before));
    }
}
