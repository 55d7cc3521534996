package vn.vbtrace.extract.token;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.vocab.Bodies;
import vn.vbtrace.extract.vocab.IssuerCodes;

/**
 * Reads an issuer's name at a position: a provincial People's Committee ("Ủy ban nhân dân tỉnh
 * Bắc Kạn", "UBND TỈNH HẬU GIANG", with or without "Chủ tịch") or any body of the vocabulary,
 * in any case; joint issuers ("Bộ Tài chính, Bộ Khoa học và Công nghệ") are read together.
 */
public final class IssuerNames {

    /** An issuer read from the text: its canonical name and where the written name ends. */
    public record Issuer(String name, int end) {
    }

    private static final Pattern PROVINCIAL = Pattern.compile(
            "(?:Chủ\\s+tịch\\s+)?(?:Ủy\\s+ban\\s+nhân\\s+dân|UBND)\\s+(tỉnh|thành\\s+phố)\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern JOINER = Pattern.compile("\\s*(?:,|và)\\s*");

    private final Bodies bodies;
    private final IssuerCodes codes;

    public IssuerNames(Bodies bodies, IssuerCodes codes) {
        this.bodies = bodies;
        this.codes = codes;
    }

    /** The issuer(s) named at {@code from}, or null. */
    public Issuer at(String text, int from) {
        Issuer first = single(text, from);
        if (first == null) {
            return null;
        }
        List<String> names = new ArrayList<>(List.of(first.name()));
        int end = first.end();
        for (Matcher joiner = Anchored.at(JOINER, text, end); joiner != null; joiner = Anchored.at(JOINER, text, end)) {
            Issuer next = single(text, joiner.end());
            if (next == null || !next.name().startsWith("Bộ") || names.contains(next.name())) {
                break; // only ministries are listed as joint issuers; a repeated name starts the next clause
            }
            names.add(next.name());
            end = next.end();
        }
        return new Issuer(String.join(", ", names), end);
    }

    /** One issuer at {@code from}, or null. */
    public Issuer single(String text, int from) {
        Matcher provincial = Anchored.at(PROVINCIAL, text, from);
        if (provincial != null) {
            String province = provinceAt(text, provincial.end());
            if (province != null) {
                String level = provincial.group(1).toLowerCase().replaceAll("\\s+", " ");
                return new Issuer("UBND " + level + " " + province,
                        Spelling.matchEnd(text, provincial.end(), province));
            }
        }
        for (String spelling : bodies.spellingsLongestFirst()) {
            int end = Spelling.matchEnd(text, from, spelling);
            if (end >= 0) {
                return new Issuer(bodies.canonical(spelling), end);
            }
        }
        return null;
    }

    /** The province named at {@code from}, canonically spelled, or null. */
    public String provinceAt(String text, int from) {
        for (String province : codes.provinces()) {
            if (Spelling.matchEnd(text, from, province) >= 0) {
                return province;
            }
        }
        return null;
    }
}
