package vn.vbtrace.extract.program;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.NumberToken;
import vn.vbtrace.extract.token.QuickMatcher;

/**
 * The short form a text uses for a program after naming it: a bare, capitalized "Chương trình",
 * "Dự án", "Đề án" or "Kế hoạch" means the program of that head named last before it (unless one
 * was given that short name explicitly, "(sau đây gọi tắt là Chương trình)"). A short form can
 * carry the approval: "Thủ tướng Chính phủ phê duyệt Chương trình (Quyết định số 712/QĐ-TTg ...)".
 */
final class ShortForms {

    private static final List<String> HEADS = List.of("Chương trình", "Dự án", "Đề án", "Kế hoạch");
    /** "các Chương trình hỗ trợ ..." is plural, hence generic: not the short form of one program. */
    private static final String PLURAL = "(?<!các\\s)";
    /** Not a short form: "Sở Kế hoạch và Đầu tư", a full name ("Chương trình quốc gia", a quote, "Chương trình Nâng cao ..."). */
    private static final String NOT_A_SHORT_FORM = "(?!\\s+(?:và\\s+Đầu\\s+tư|[Qq]uốc\\s+gia|[“\"]|về\\s|\\p{Lu}\\p{Ll}))";

    /** One pattern per head, compiled once: the extractor serves every document with them. */
    /** Each starts with its head's first word, a literal the matcher skips ahead to; what comes before is checked by {@link #bareAt}. */
    private static final Map<String, Pattern> BARE = HEADS.stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
            head -> head, head -> Pattern.compile(head.replace(" ", "\\s+") + "(?!\\p{L})" + NOT_A_SHORT_FORM)));
    private static final Pattern BEFORE_BARE = Pattern.compile(PLURAL + "(?<!\\p{L})");

    private ShortForms() {
    }

    static void assign(String text, List<ProgramMention> mentions, Map<ProgramMention, ProgramFinder.Draft> draftOf,
                       List<NumberToken> numbers) {
        for (String head : HEADS) {
            ProgramFinder.Draft named = explicit(draftOf, head);
            QuickMatcher bare = QuickMatcher.of(BARE.get(head), QuickMatcher.Starts.words(head.substring(0, head.indexOf(' '))), text);
            while (bare.find()) {
                if (!bareAt(text, bare.start()) || insideMention(mentions, bare.start())) {
                    continue;
                }
                if (named == null) {
                    ProgramMention last = lastBefore(mentions, head, bare.start());
                    if (last == null) {
                        continue;
                    }
                    named = draftOf.get(last);
                    if (named.shortName == null) {
                        named.shortName = head;
                    }
                }
                if (named.approvedBy == null) {
                    named.approvedBy = Approvals.after(text, numbers, bare.end());
                }
                if (named.approvedBy == null && named.mention.name().toLowerCase().contains("quốc gia")) {
                    named.approvedBy = Approvals.byPrimeMinister(text, numbers, bare.start());
                }
            }
        }
    }

    /** Not inside a word, and not plural ("các Chương trình"). */
    private static boolean bareAt(String text, int at) {
        return BEFORE_BARE.matcher(text).region(at, at).useTransparentBounds(true).lookingAt();
    }

    private static ProgramFinder.Draft explicit(Map<ProgramMention, ProgramFinder.Draft> draftOf, String head) {
        for (ProgramFinder.Draft draft : draftOf.values()) {
            if (head.equalsIgnoreCase(draft.shortName)) {
                return draft;
            }
        }
        return null;
    }

    /** Mentions come sorted by start, and a bare head is looked up for each match: binary search, not a scan. */
    private static int firstStartingAfter(List<ProgramMention> mentions, int at) {
        int low = 0;
        int high = mentions.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (mentions.get(middle).start() <= at) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** A name is a phrase, never longer than this; a mention starting further back cannot hold {@code at}. */
    private static final int LONGEST_NAME = 2_000;

    private static boolean insideMention(List<ProgramMention> mentions, int at) {
        for (int i = firstStartingAfter(mentions, at) - 1; i >= 0 && mentions.get(i).start() > at - LONGEST_NAME; i--) {
            if (at < mentions.get(i).end()) {
                return true;
            }
        }
        return false;
    }

    private static ProgramMention lastBefore(List<ProgramMention> mentions, String head, int at) {
        for (int i = firstStartingAfter(mentions, at) - 1; i >= 0; i--) {
            ProgramMention m = mentions.get(i);
            if (m.end() <= at && m.head().startsWith(head)) {
                return m;
            }
        }
        return null;
    }
}
