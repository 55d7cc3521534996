package vn.vbtrace.extract.program;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "succeeds" from what one text shows: two programs of the same kind and the same family of
 * names (most of their topic words shared: "nâng cao năng suất và chất lượng sản phẩm, hàng
 * hóa ...") with consecutive periods ("đến năm 2020" then "giai đoạn 2021-2030", or "giai đoạn
 * 2012-2015" then "giai đoạn 2016-2020"): the later continues the earlier; or the text says so
 * ("kế thừa", "tiếp nối", "thay thế Chương trình ..."). Nothing else is assumed.
 */
final class Succession {

    private static final double SAME_FAMILY = 0.6;
    /** A bracket between the names ("(sau đây gọi tắt là Chương trình)") is an aside. */
    private static final Pattern ASIDE = Pattern.compile("\\([^()\\n]{0,120}\\)");

    private Succession() {
    }

    /**
     * Succession said outright: "Chương trình A giai đoạn 2021-2030 kế thừa Chương trình B" (a verb from
     * {@code succeeds} in program-words.tsv, alone between the two names, a bracket aside): A succeeds B.
     */
    static void stated(String text, List<ProgramMention> mentions, Map<ProgramMention, ProgramFinder.Draft> draftOf) {
        for (int i = 0; i + 1 < mentions.size(); i++) {
            ProgramMention later = mentions.get(i);
            ProgramMention earlier = mentions.get(i + 1);
            if (earlier.start() < later.end()) {
                continue;
            }
            String gap = ASIDE.matcher(text.substring(later.end(), earlier.start())).replaceAll(" ");
            ProgramFinder.Draft successor = draftOf.get(later);
            ProgramFinder.Draft predecessor = draftOf.get(earlier);
            if (successor != predecessor && ProgramWords.WORDS.succession.matcher(gap).find()) {
                successor.succeeds = predecessor.key;
            }
        }
    }

    static void link(List<ProgramFinder.Draft> drafts) {
        for (ProgramFinder.Draft later : drafts) {
            for (ProgramFinder.Draft earlier : drafts) {
                if (later != earlier && later.succeeds == null && later.kind != null && later.kind.equals(earlier.kind)
                        && consecutive(earlier.mention, later.mention)
                        && overlap(earlier.mention.name(), later.mention.name()) >= SAME_FAMILY) {
                    later.succeeds = earlier.key;
                }
            }
        }
    }

    private static boolean consecutive(ProgramMention earlier, ProgramMention later) {
        if (earlier.toYear() == null || later.toYear() == null) {
            return false;
        }
        if (later.fromYear() != null) {
            return later.fromYear() == earlier.toYear() + 1;
        }
        return later.toYear() > earlier.toYear() && earlier.fromYear() == null;
    }

    private static double overlap(String a, String b) {
        Set<String> first = new HashSet<>(ProgramNames.topicWords(a));
        Set<String> second = new HashSet<>(ProgramNames.topicWords(b));
        Set<String> union = new HashSet<>(first);
        union.addAll(second);
        first.retainAll(second);
        return union.isEmpty() ? 0 : (double) first.size() / union.size();
    }
}
