package vn.vbtrace.extract.body;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.vbtrace.document.Assignment;
import vn.vbtrace.document.Body;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.extract.vocab.Bodies;

/**
 * Places the bodies a document names: a provincial body (Sở, Chi cục, UBND huyện, Ban quản lý,
 * Đài PT-TH: scope "province" in bodies.tsv) named in a province's document belongs to that
 * province, unless the duty's own clause names another ("Sở Khoa học và Công nghệ tỉnh Hậu
 * Giang"); a central body (Bộ, Tổng cục, Thủ tướng) never has one. Lists each distinct body
 * given a duty, addressed or sent a copy, with the body it is part of: the text's own statement
 * ("Chi cục ... trực thuộc Sở ...") first, else the vocabulary's.
 */
public final class BodyPlacement {

    /** The duties with their bodies placed, and the distinct bodies. */
    public record Placed(List<Assignment> assignments, List<Body> bodies) {
    }

    /**
     * A council below the province that the vocabulary does not list by name ("UBND huyện Long Mỹ", "UBND các
     * xã, phường, thị trấn", "UBND cấp xã"), a unit below it named bare ("Xã Sen Phương"), a steering committee of a
     * level ("Ban chỉ đạo phòng, chống dịch bệnh trên người tỉnh"): a body of the document's province, as a district's
     * or a commune's is.
     */
    private static final Pattern LOCAL_COUNCIL = Pattern.compile(
            "(?:(?:UBND|HĐND)\\s+(?:các\\s+|cấp\\s+)?|Ban\\s+[Cc]hỉ\\s+đạo\\s.*?)?"
            + "(?:[Hh]uyện|[Qq]uận|[Tt]hị\\s+xã|[Tt]hị\\s+trấn|[Xx]ã|[Pp]hường|thị|(?<=\\s)tỉnh)(?!\\p{L})");

    private final Bodies vocabulary;
    private final PartOfStatements partOf;
    private final NamedProvince named;

    public BodyPlacement(Bodies vocabulary, PartOfStatements partOf, NamedProvince named) {
        this.vocabulary = vocabulary;
        this.partOf = partOf;
        this.named = named;
    }

    /** {@code province}: the document's own province ("Bắc Kạn"), or null for a central document. */
    public Placed place(String text, DocumentMetadata document, List<Assignment> duties, String province) {
        List<Assignment> placed = new ArrayList<>();
        for (Assignment a : duties) {
            String own = provinceOf(a.body(), province);
            String written = vocabulary.canonical(a.body()) == null ? null
                    : named.near(text, vocabulary.spellingsOf(vocabulary.canonical(a.body())), a.start(), a.end());
            placed.add(new Assignment(a.body(), a.role(), a.task(), a.deadline(), written != null ? written : own,
                    a.start(), a.end()));
        }
        Map<String, String> stated = partOf.find(text);
        Map<String, Body> bodies = new LinkedHashMap<>();
        List<String> named = new ArrayList<>();
        duties.forEach(a -> named.add(a.body()));
        named.addAll(document.addressees());
        named.addAll(document.recipients());
        for (String name : named) {
            String canonical = vocabulary.canonical(name);
            if (canonical == null || bodies.containsKey(canonical)) {
                continue; // an entry the vocabulary does not know ("Bộ trưởng Huỳnh Thành Đạt") is no body
            }
            String parent = stated.getOrDefault(canonical, vocabulary.parent(canonical));
            bodies.put(canonical, new Body(canonical, placedIn(canonical, placed, province), parent));
        }
        return new Placed(placed, new ArrayList<>(bodies.values()));
    }

    /** Where the body's first duty placed it (its clause may name a province), else where its scope puts it. */
    private String placedIn(String canonical, List<Assignment> placed, String province) {
        for (Assignment a : placed) {
            if (canonical.equals(vocabulary.canonical(a.body()))) {
                return a.province();
            }
        }
        return provinceOf(canonical, province);
    }

    private String provinceOf(String body, String province) {
        String canonical = vocabulary.canonical(body);
        if (canonical == null) {
            return LOCAL_COUNCIL.matcher(body).lookingAt() ? province : null;
        }
        return Bodies.PROVINCE.equals(vocabulary.scope(canonical)) ? province : null;
    }
}
