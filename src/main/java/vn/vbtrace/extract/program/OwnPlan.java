package vn.vbtrace.extract.program;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.extract.token.QuickMatcher;

/**
 * A province's own plan that implements a national program directly: "Ban hành kèm theo Quyết
 * định này Kế hoạch thực hiện Quyết định số 1322/QĐ-TTg ... phê duyệt Chương trình quốc gia ..."
 * (approved by the decision itself), or "Ủy ban nhân dân tỉnh X xây dựng Kế hoạch triển khai
 * Chương trình quốc gia ...". A plan that implements a provincial project ("Kế hoạch thực hiện
 * Dự án ...") is not a program of its own: the project is.
 */
final class OwnPlan {

    record Found(ProgramMention mention, boolean attached) {
    }

    private static final Pattern PLAN = Pattern.compile("(?<verb>Ban\\s+hành\\s+kèm\\s+theo\\s+(?:Quyết\\s+định|Chỉ\\s+thị)\\s+này"
            + "|xây\\s+dựng|ban\\s+hành)\\s+(?<name>Kế\\s+hoạch\\s+(?:thực\\s+hiện|triển\\s+khai)[^;:\\n]{5,400}?)"
            + "(?=\\.(?!\\d)|[;:\\n]|,\\s*(?:cụ\\s+thể|với\\s+những|như\\s+sau)|$)");
    private static final Pattern NATIONAL = Pattern.compile("quốc\\s+gia|/QĐ-TTg|/NQ-CP", Pattern.CASE_INSENSITIVE
            | Pattern.UNICODE_CASE);

    /** Where a PLAN match can begin: its verb's first word, as the pattern writes it (no case folding). */
    private static final QuickMatcher.Starts PLAN_STARTS = QuickMatcher.Starts.words("Ban", "xây", "ban");

    private static final Pattern ONE_YEAR = Pattern.compile("(?<!\\p{L})năm\\s+(\\d{4})\\s*$");

    private OwnPlan() {
    }

    static Found find(String text, DocumentMetadata document) {
        if (document.issuer() == null || !document.issuer().startsWith("UBND ")) {
            return null;
        }
        if ("Kế hoạch".equals(document.type()) && document.title() != null) {
            Found titled = titled(text, document);
            if (titled != null) {
                return titled;
            }
        }
        QuickMatcher m = QuickMatcher.of(PLAN, PLAN_STARTS, text);
        while (m.find()) {
            String name = m.group("name");
            if (NATIONAL.matcher(name).find() && !name.contains("Dự án") && !name.contains("Đề án")) {
                ProgramMention mention = ProgramNames.mention("Kế hoạch", ProgramNames.collapse(name),
                        m.start("name"), m.end("name"));
                return new Found(mention, m.group("verb").startsWith("Ban hành kèm theo"));
            }
        }
        return null;
    }

    /**
     * A province's Kế hoạch whose title implements a national program ("KẾ HOẠCH / Triển khai thực
     * hiện Chương trình quốc gia ... năm 2024"): the document itself is the plan, its number approves it,
     * and a title ending in one year gives a one-year period.
     */
    private static Found titled(String text, DocumentMetadata document) {
        String title = document.title();
        int at = text.indexOf(title);
        if (at < 0 || !NATIONAL.matcher(title).find() || title.contains("Dự án") || title.contains("Đề án")) {
            return null;
        }
        String name = ProgramNames.collapse("Kế hoạch " + title);
        ProgramMention mention = ProgramNames.mention("Kế hoạch", name, at, at + title.length());
        Matcher year = ONE_YEAR.matcher(title);
        if (mention.toYear() == null && year.find()) {
            int y = Integer.parseInt(year.group(1));
            mention = new ProgramMention(mention.head(), name, y, y, mention.start(), mention.end());
        }
        return new Found(mention, document.number() != null);
    }
}
