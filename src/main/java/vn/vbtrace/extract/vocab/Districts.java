package vn.vbtrace.extract.vocab;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.vbtrace.document.TextFold;
import vn.vbtrace.document.VocabularyFile;

/**
 * The province each district belongs to (districts.tsv, from the list of Tổng cục Thống kê), so that a district's
 * document whose header leaves the province out ("ỦY BAN NHÂN DÂN QUẬN 8") is placed in it. A district named alike
 * in two provinces is placed by none, unless the text names one of them ({@link #holds}).
 */
public final class Districts {

    /** Marks a district name held by more than one province. */
    private static final String AMBIGUOUS = "";

    private final Map<String, String> provinceByDistrict = new HashMap<>();
    /** Every district with its province, a name held by two provinces included, folded ("huyen chau thanh|hau giang"). */
    private final Set<String> districtsOfProvinces = new HashSet<>();
    /** The level words the list's districts are written with ("huyện", "quận", "thị xã", "thành phố"), folded. */
    private final Set<String> districtLevels = new HashSet<>();

    static Districts load() {
        Districts districts = new Districts();
        for (String[] row : VocabularyFile.DISTRICTS.read()) {
            districts.provinceByDistrict.merge(key(row[0], row[1]), row[2],
                    (one, other) -> one.equals(other) ? one : AMBIGUOUS);
            districts.districtsOfProvinces.add(key(row[0], row[1]) + "|" + TextFold.fold(row[2]));
            districts.districtLevels.add(TextFold.fold(row[0]));
        }
        return districts;
    }

    /** The province of the district of this level ("quận", "huyện", "thị xã", "thành phố") and name, or null. */
    public String provinceOf(String level, String name) {
        if (level == null || name == null) {
            return null;
        }
        String province = provinceByDistrict.get(key(level, name));
        return province == null || province.equals(AMBIGUOUS) ? null : province;
    }

    /** Whether {@code province} has a district of this level and name ("Hậu Giang" has "huyện Châu Thành"). */
    public boolean holds(String province, String level, String name) {
        return province != null && level != null && name != null
                && districtsOfProvinces.contains(key(level, name) + "|" + TextFold.fold(province));
    }

    /** Whether a level word is a district's; a commune's or ward's ("xã", "phường", "thị trấn") is not. */
    public boolean isDistrictLevel(String level) {
        return level != null && districtLevels.contains(TextFold.fold(level));
    }

    private static String key(String level, String name) {
        return TextFold.fold(level + " " + name).replaceAll("\\s+", " ").strip();
    }
}
