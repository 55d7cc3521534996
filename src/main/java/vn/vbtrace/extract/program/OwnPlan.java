package vn.vbtrace.extract.program;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.document.DocumentMetadata;

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

    private OwnPlan() {
    }

    static Found find(String text, DocumentMetadata document) {
        if (document.issuer() == null || !document.issuer().startsWith("UBND ")) {
            return null;
        }
        Matcher m = PLAN.matcher(text);
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
}
