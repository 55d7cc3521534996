package vn.vbtrace.extract.token;

import vn.vbtrace.extract.vocab.Provinces;

/**
 * One issuing body as read from the text.
 *
 * @param kind     central body, council or committee of a place, party committee, department, or a place alone
 * @param head     "UBND", "HĐND", "Thường trực HĐND", "Tỉnh ủy", "Sở Tài chính", "Bộ Y tế"; null for a place alone
 * @param level    the level of its place ("tỉnh", "thành phố", "huyện", "xã" ...), null when no place is written;
 *                 a council may have a level and no place ("của UBND huyện")
 * @param place    the place's name ("Bắc Kạn", "Bình Chánh"), null when none is written
 * @param provincial whether the place is a province or a centrally-run city of the list (not a district or commune)
 * @param province the province around a place below the provinces' level, or around a department, with its
 *                 level word ("tỉnh Bắc Kạn", "thành phố Hồ Chí Minh"); null if unknown
 */
public record IssuerUnit(IssuerReader.Kind kind, String head, String level, String place, boolean provincial,
                         String province, int start, int end) {

    public boolean placed() {
        return place != null;
    }

    /** This unit placed in {@code province} (of the given level): for a unit without a place, or below a province. */
    public IssuerUnit in(String provinceName, String provinceLevel) {
        if (provinceName == null) {
            return this;
        }
        if (!placed() && (kind == IssuerReader.Kind.COUNCIL || kind == IssuerReader.Kind.PARTY)
                && (level == null || level.equals(provinceLevel == null ? Provinces.PROVINCE : provinceLevel))) {
            return new IssuerUnit(kind, head, provinceLevel, provinceName, true, null, start, end);
        }
        if (placed() && !provincial && province == null || kind == IssuerReader.Kind.DEPARTMENT && province == null) {
            return new IssuerUnit(kind, head, level, place, provincial, levelled(provinceLevel, provinceName), start, end);
        }
        return this;
    }

    /** The province this unit is in, or is: null when it names none. */
    public String provinceName() {
        if (provincial) {
            return place;
        }
        if (province == null) {
            return null;
        }
        return province.startsWith(Provinces.CITY + " ") ? province.substring(Provinces.CITY.length() + 1)
                : province.substring(Provinces.PROVINCE.length() + 1);
    }

    /**
     * The canonical name: "UBND tỉnh Bắc Kạn", "HĐND thành phố Hà Nội", "UBND huyện Bình Chánh, thành phố Hồ
     * Chí Minh", "Tỉnh ủy Thừa Thiên Huế", "Sở Giáo dục và Đào tạo thành phố Hà Nội", "Bộ Y tế"; a council
     * with no place written is named by its body alone ("Ủy ban nhân dân"), or by its body and level when the level
     * is written ("UBND tỉnh", "HĐND huyện").
     */
    public String name() {
        return switch (kind) {
            case CENTRAL -> head;
            case DEPARTMENT -> province == null ? head : head + " " + province;
            case PLACE -> level + " " + place;
            case COUNCIL, PARTY -> {
                if (!placed()) {
                    yield level == null ? unplaced(head) : head + " " + level; // "UBND tỉnh", "HĐND huyện"
                }
                String local = kind == IssuerReader.Kind.PARTY ? head + " " + place : head + " " + level + " " + place;
                yield province == null ? local : local + ", " + province;
            }
        };
    }

    private static String unplaced(String head) {
        return switch (head) {
            case "UBND" -> "Ủy ban nhân dân";
            case "HĐND" -> "Hội đồng nhân dân";
            case "Thường trực HĐND" -> "Thường trực Hội đồng nhân dân";
            default -> head;
        };
    }

    private static String levelled(String provinceLevel, String provinceName) {
        return (provinceLevel == null ? Provinces.PROVINCE : provinceLevel) + " " + provinceName;
    }
}
