package vn.vbtrace.extract.token;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.vocab.Vocabulary;

/**
 * Reads an issuer's name in running text at a position ({@link IssuerReader}, running-text mode):
 * a body of the list, a council or committee of a province, district or commune ("Ủy ban nhân dân
 * tỉnh Bắc Kạn", "UBND TỈNH HẬU GIANG", "Ủy ban nhân dân huyện Bình Chánh", with or without "Chủ
 * tịch"), a party committee or a department; joint issuers ("Bộ Tài chính, Bộ Khoa học và Công
 * nghệ") are read together.
 */
public final class IssuerNames {

    /** An issuer read from the text: its canonical name and where the written name ends. */
    public record Issuer(String name, int end) {
    }

    /** A comma, "và", or a dash (group 1), which joins a joint paper's makers only ("liên Bộ A - Bộ B"). */
    /** The level words before a province's name and a centrally-run city's in running text. */
    private static final Pattern PROVINCE_LEVEL = Pattern.compile("(?<!\\p{L})tỉnh[ \\t]+");
    private static final Pattern CITY_LEVEL = Pattern.compile("(?<!\\p{L})(?:[Tt]hành phố|TP\\.?)[ \\t]+");
    private static final Pattern JOINER = Pattern.compile("\\s*(?:,|và|([-–]))\\s*");

    private final IssuerReader reader;

    public IssuerNames(Vocabulary vocabulary) {
        this.reader = new IssuerReader(vocabulary);
    }

    /** The issuer(s) named at {@code from}, or null. */
    public Issuer at(String text, int from) {
        return at(text, from, name -> false);
    }

    /**
     * The issuer(s) named at {@code from}, or null: the first, then each ministry after a comma or "và" ("Bộ Tài
     * chính, Bộ Khoa học và Công nghệ"), and any other maker {@code alsoJoins} takes after a comma, "và" or a dash (a
     * joint paper's makers as its number names them: "Bộ Chính trị, Ban Bí thư").
     */
    public Issuer at(String text, int from, Predicate<String> alsoJoins) {
        Issuer first = single(text, from);
        if (first == null) {
            return null;
        }
        List<String> names = new ArrayList<>(List.of(first.name()));
        int end = first.end();
        for (Matcher joiner = Anchored.at(JOINER, text, end); joiner != null; joiner = Anchored.at(JOINER, text, end)) {
            Issuer next = single(text, joiner.end());
            if (next == null || names.contains(next.name())) {
                break; // a repeated name starts the next clause
            }
            boolean ministry = next.name().startsWith("Bộ") && joiner.group(1) == null;
            if (!ministry && !alsoJoins.test(next.name())) {
                break; // only ministries are listed as joint issuers, unless the paper's number says otherwise
            }
            names.add(next.name());
            end = next.end();
        }
        return new Issuer(String.join(", ", names), end);
    }

    /** One issuer at {@code from}, or null. */
    public Issuer single(String text, int from) {
        IssuerUnit unit = reader.at(text, from, IssuerReader.Mode.RUNNING_TEXT);
        return unit == null ? null : new Issuer(unit.name(), unit.end());
    }

    /** The unit at {@code from}, with its place and kind, or null. */
    public IssuerUnit unit(String text, int from) {
        return reader.at(text, from, IssuerReader.Mode.RUNNING_TEXT);
    }

    /** The province named at {@code from}, canonically spelled, or null. */
    public String provinceAt(String text, int from) {
        return reader.provinceAt(text, from);
    }

    /** Where the province named at {@code from} ends; {@code from} when none is. */
    public int provinceEnd(String text, int from) {
        return reader.provinceEnd(text, from);
    }

    /** Where a province written with its level word ends at {@code from} ("tỉnh Đồng Tháp", "TP Cần Thơ"), or -1. */
    public int provincialPlaceEnd(String text, int from) {
        return reader.provincialPlaceEnd(text, from);
    }

    /**
     * The first province the text names with its level word ("tỉnh Hậu Giang"), canonically spelled, or null; when
     * it names none so, the first centrally-run city ("UBND TP Cần Thơ", "thành phố Hồ Chí Minh"). A province first:
     * "thành phố Huế" was a city of tỉnh Thừa Thiên Huế until 2025, and a city of a province may bear its name.
     */
    public String firstProvinceNamed(String text) {
        String province = firstAfter(PROVINCE_LEVEL, text);
        return province != null ? province : firstAfter(CITY_LEVEL, text);
    }

    private String firstAfter(Pattern level, String text) {
        Matcher m = level.matcher(text);
        while (m.find()) {
            String province = provinceAt(text, m.end());
            if (province != null) {
                return province;
            }
        }
        return null;
    }

    public IssuerReader reader() {
        return reader;
    }
}
