package vn.vbtrace.extract.program;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * "succeeds" from what one text shows: two programs of the same kind and the same family of
 * names (most of their topic words shared: "nâng cao năng suất và chất lượng sản phẩm, hàng
 * hóa ...") with consecutive periods ("đến năm 2020" then "giai đoạn 2021-2030", or "giai đoạn
 * 2012-2015" then "giai đoạn 2016-2020"): the later continues the earlier. Nothing else is assumed.
 */
final class Succession {

    private static final double SAME_FAMILY = 0.6;

    private Succession() {
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
