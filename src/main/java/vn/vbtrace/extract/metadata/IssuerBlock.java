package vn.vbtrace.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vbtrace.extract.token.IssuerReader;
import vn.vbtrace.extract.token.IssuerUnit;

/**
 * The issuer block of a header, read from its cells: "ỦY BAN NHÂN DÂN" / "TỈNH BẮC KẠN" is one body
 * written on two lines; "UBND TỈNH HẬU GIANG" / "SỞ KHOA HỌC VÀ CÔNG NGHỆ" is a department under its
 * province, which issues ("Sở Khoa học và Công nghệ tỉnh Hậu Giang"); "UBND THÀNH PHỐ HỒ CHÍ MINH" /
 * "UBND HUYỆN BÌNH CHÁNH" a district under its city; "BỘ TÀI CHÍNH - BỘ GIÁO DỤC VÀ ĐÀO TẠO" and
 * "THƯỜNG TRỰC HĐND - UBND TỈNH HÒA BÌNH" joint issuers, a place written once for all of them.
 */
final class IssuerBlock {

    /** The chairman at the head of the block: "CHỦ TỊCH ỦY BAN NHÂN DÂN ..." (not "KT. CHỦ TỊCH" of a signature). */
    private static final Pattern CHAIRMAN = Pattern.compile("(?iu)chủ\\s+tịch\\s+(?=ủy\\s+ban|ubnd)");
    /** What joins two issuers of one document: a dash, a comma or "và". */
    private static final Pattern JOINT = Pattern.compile("\\s*(?:[-–,]|(?iu:và)(?=\\s))\\s*");

    /**
     * The issuers of one document (one, or several jointly) and where the block is written. {@code chairman}:
     * the block names the chairman of a council's committee as the issuer ("CHỦ TỊCH ỦY BAN NHÂN DÂN", the
     * decisions the chairman issues in his own name).
     */
    record Issuers(List<IssuerUnit> units, int start, int end, boolean chairman) {

        IssuerUnit last() {
            return units.get(units.size() - 1);
        }

        /** The last issuer replaced (completed with a place); the others as they are. */
        Issuers withLast(IssuerUnit unit) {
            List<IssuerUnit> changed = new ArrayList<>(units);
            changed.set(changed.size() - 1, unit);
            return new Issuers(changed, start, end, chairman);
        }

        /**
         * "Bộ Tài chính, Bộ Giáo dục và Đào tạo"; joint councils of one place name it once, at the end, as
         * the header does ("Thường trực HĐND, UBND tỉnh Hòa Bình").
         */
        String name() {
            List<String> names = new ArrayList<>();
            for (IssuerUnit unit : units) {
                names.add(unit.name());
            }
            String joined = String.join(", ", names);
            return chairman && units.size() == 1 && units.get(0).kind() == IssuerReader.Kind.COUNCIL
                    ? "Chủ tịch " + joined : joined;
        }
    }

    private record Part(IssuerUnit unit, boolean joint) {
    }

    private final IssuerReader reader;

    IssuerBlock(IssuerReader reader) {
        this.reader = reader;
    }

    /**
     * The issuers the given cells name, or null when they name none. The cells are read as one block, a
     * line each, so that a name broken over two lines ("THỦ TƯỚNG" / "CHÍNH PHỦ") reads whole.
     */
    Issuers read(TextLines cells, List<Integer> issuerCells) {
        StringBuilder block = new StringBuilder();
        List<int[]> offsets = new ArrayList<>(); // {start in the block, start in the text}
        for (int index : issuerCells) {
            if (!block.isEmpty()) {
                block.append('\n');
            }
            offsets.add(new int[] {block.length(), cells.starts().get(index)});
            block.append(cells.get(index));
        }
        String text = block.toString();
        boolean chairman = CHAIRMAN.matcher(text).lookingAt();
        List<Part> parts = new ArrayList<>();
        int at = 0;
        boolean joint = false;
        while (at < text.length()) {
            IssuerUnit unit = parts.isEmpty() ? null : reader.boardUnder(parts.get(parts.size() - 1).unit(), text, at);
            unit = unit != null ? unit : reader.at(text, at, IssuerReader.Mode.HEADER);
            if (unit == null || unit.end() <= at) {
                int next = text.indexOf('\n', at);
                if (next < 0) {
                    break;
                }
                at = next + 1; // a line the reader cannot read: the next one
                joint = false;
                continue;
            }
            parts.add(new Part(shifted(unit, offsets), joint));
            Matcher join = JOINT.matcher(text).region(unit.end(), text.length());
            joint = join.lookingAt() && !join.group().contains("\n");
            at = joint ? join.end() : skipSpaces(text, unit.end());
        }
        Issuers issuers = compose(parts);
        return issuers == null ? null : new Issuers(issuers.units(), issuers.start(), issuers.end(), chairman);
    }

    private static Issuers compose(List<Part> parts) {
        List<Part> merged = mergePlaces(parts);
        if (merged.isEmpty()) {
            return null;
        }
        int groupStart = merged.size() - 1;
        while (groupStart > 0 && merged.get(groupStart).joint()) {
            groupStart--;
        }
        IssuerUnit context = null; // the nearest unit above the issuer that names a province
        for (int i = 0; i < groupStart; i++) {
            if (merged.get(i).unit().provinceName() != null) {
                context = merged.get(i).unit();
            }
        }
        // Right under a ministry ("BỘ TÀI CHÍNH" / "TỔNG CỤC THUẾ"), a department is one of its agencies: a central
        // body, which the place of the date line ("Hà Nội, ngày ...") does not place in a province.
        boolean underMinistry = groupStart > 0 && merged.get(groupStart - 1).unit().kind() == IssuerReader.Kind.CENTRAL;
        List<IssuerUnit> group = new ArrayList<>();
        for (int i = groupStart; i < merged.size(); i++) {
            IssuerUnit unit = merged.get(i).unit();
            if (unit.kind() == IssuerReader.Kind.PLACE) {
                continue;
            }
            if (underMinistry && unit.kind() == IssuerReader.Kind.DEPARTMENT && unit.province() == null) {
                unit = new IssuerUnit(IssuerReader.Kind.CENTRAL, unit.head(), null, null, false, null, unit.start(), unit.end());
            }
            group.add(context == null ? unit : unit.in(context.provinceName(), context.provincial() ? context.level()
                    : levelOf(context.province())));
        }
        if (group.isEmpty()) {
            return null;
        }
        return new Issuers(group, merged.get(0).unit().start(), merged.get(merged.size() - 1).unit().end(), false);
    }

    /** "ỦY BAN NHÂN DÂN" then "TỈNH BẮC KẠN" (or "HUYỆN X"): the place completes the council above it. */
    private static List<Part> mergePlaces(List<Part> parts) {
        List<Part> merged = new ArrayList<>();
        for (Part part : parts) {
            IssuerUnit unit = part.unit();
            Part previous = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (unit.kind() == IssuerReader.Kind.PLACE && previous != null && !previous.unit().placed()
                    && (previous.unit().kind() == IssuerReader.Kind.COUNCIL || previous.unit().kind() == IssuerReader.Kind.PARTY)) {
                IssuerUnit council = previous.unit();
                merged.set(merged.size() - 1, new Part(new IssuerUnit(council.kind(), council.head(), unit.level(),
                        unit.place(), unit.provincial(), null, council.start(), unit.end()), previous.joint()));
                continue;
            }
            merged.add(part);
        }
        return merged;
    }

    private static String levelOf(String levelled) {
        return levelled != null && levelled.startsWith("thành phố ") ? "thành phố" : "tỉnh";
    }

    /** The unit with its span moved from the block into the text. */
    private static IssuerUnit shifted(IssuerUnit unit, List<int[]> offsets) {
        return new IssuerUnit(unit.kind(), unit.head(), unit.level(), unit.place(), unit.provincial(), unit.province(),
                toText(unit.start(), offsets), toText(unit.end(), offsets));
    }

    private static int toText(int position, List<int[]> offsets) {
        int[] line = offsets.get(0);
        for (int[] candidate : offsets) {
            if (candidate[0] <= position) {
                line = candidate;
            }
        }
        return line[1] + position - line[0];
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
