package vn.vbtrace.reorg;

import vn.vbtrace.document.Successor;
import vn.vbtrace.document.TextFold;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import vn.vbtrace.document.TsvRows;
import vn.vbtrace.document.VocabularyFile;

/**
 * The 2025 reorganization ({@code vocab/successions.tsv}): which body holds an old body's duties today. A provincial
 * department first follows its own merger (Sở Kế hoạch và Đầu tư → Sở Tài chính, 1/3/2025), then its province's
 * (Bắc Kạn → Thái Nguyên, 1/7/2025); a ministry follows its ministry's. Loaded once, immutable, safe to share.
 */
public final class Successions {

    private static final DateTimeFormatter VIETNAMESE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}\\d]+");
    private static final Successions SHIPPED = load();

    private final List<Succession> rows;
    /** Each row's names as {@link #key} compares them, computed once: every answer's body is looked up in every row. */
    private final List<Keys> keys;

    private record Keys(Succession row, String old, String bareOld, String successor, String bareSuccessor) {
        Keys(Succession row) {
            this(row, key(row.old()), key(bare(row.old())), key(row.successor()), key(bare(row.successor())));
        }
    }

    Successions(List<Succession> rows) {
        this.rows = List.copyOf(rows);
        this.keys = this.rows.stream().map(Keys::new).toList();
    }

    /** The shipped table. */
    public static Successions shipped() {
        return SHIPPED;
    }

    public List<Succession> rows() {
        return rows;
    }

    /**
     * Who holds the duties of {@code body} (as a document wrote it) in {@code province} ("Bắc Kạn", or null for a
     * central body) on {@code today}; empty when neither the body nor its province changed by then.
     */
    public Optional<Successor> successor(String body, String province, LocalDate today) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        String asWritten = province == null || province.isBlank() ? body.strip() : body.strip() + " " + provinceName(province);
        List<Succession> steps = new ArrayList<>();
        String now = body.strip();
        Succession bodyStep = find(now, today, Succession.Kind.MINISTRY, Succession.Kind.SO, Succession.Kind.DISTRICT);
        if (bodyStep != null) {
            steps.add(bodyStep);
            now = bodyStep.successor();
        }
        String provinceNow = province == null || province.isBlank() ? null : provinceName(province);
        Succession provinceStep = provinceNow == null ? null : find(provinceNow, today, Succession.Kind.PROVINCE);
        if (provinceStep != null) {
            steps.add(provinceStep);
            provinceNow = provinceStep.successor();
        }
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        String name = provinceNow == null ? now : now + " " + provinceNow;
        List<String> bases = steps.stream().map(s -> s.basis() + " (từ " + s.since().format(VIETNAMESE) + ")").toList();
        List<String> sources = steps.stream().map(Succession::source).distinct().toList();
        LocalDate since = steps.stream().map(Succession::since).max(LocalDate::compareTo).orElseThrow();
        return Optional.of(new Successor(asWritten, now, provinceNow == null ? null : bare(provinceNow), name, since, bases, sources,
                asWritten + " → nay: " + name + ", theo " + String.join(" và ", bases)));
    }

    /**
     * Every name whose duties {@code name} holds today, itself included: "Sở Tài chính tỉnh Thái Nguyên" gives Sở Tài chính
     * and Sở Kế hoạch và Đầu tư of Thái Nguyên and of Bắc Kạn. Each as (body, bare province or null).
     */
    public List<String[]> predecessors(String body, String province) {
        Set<String> bodies = new LinkedHashSet<>();
        bodies.add(body.strip());
        String bodyKey = key(body);
        for (Keys k : keys) {
            if (k.row().kind() != Succession.Kind.PROVINCE && k.successor().equals(bodyKey)) {
                bodies.add(k.row().old());
            }
        }
        Set<String> provinces = new LinkedHashSet<>();
        if (province != null && !province.isBlank()) {
            provinces.add(bare(province));
            provinces.addAll(predecessorProvinces(province));
        }
        List<String[]> names = new ArrayList<>();
        for (String b : bodies) {
            if (provinces.isEmpty()) {
                names.add(new String[] {b, null});
            }
            for (String p : provinces) {
                names.add(new String[] {b, p});
            }
        }
        return names;
    }

    /** The provinces merged into this one ("Thái Nguyên" → ["Bắc Kạn"]), bare names; empty when none was. */
    public List<String> predecessorProvinces(String province) {
        String wanted = key(bare(province));
        return keys.stream().filter(k -> k.row().kind() == Succession.Kind.PROVINCE && k.bareSuccessor().equals(wanted))
                .map(k -> bare(k.row().old())).toList();
    }

    /** The row for a province no longer existing on {@code today} ("Bắc Kạn", "tỉnh Bắc Kạn"), or null. */
    public Succession provinceRow(String province, LocalDate today) {
        return find(provinceName(province), today, Succession.Kind.PROVINCE);
    }

    /** The row for a body (a ministry, a department kind, the district level) abolished by {@code today}, or null. */
    public Succession bodyRow(String body, LocalDate today) {
        return find(body, today, Succession.Kind.MINISTRY, Succession.Kind.SO, Succession.Kind.DISTRICT);
    }

    private Succession find(String name, LocalDate today, Succession.Kind... kinds) {
        String wanted = key(name);
        String bareWanted = key(bare(name));
        List<Succession.Kind> wantedKinds = List.of(kinds);
        for (Keys k : keys) {
            Succession s = k.row();
            if (wantedKinds.contains(s.kind()) && !s.since().isAfter(today)
                    && (k.old().equals(wanted) || s.kind() == Succession.Kind.PROVINCE && k.bareOld().equals(bareWanted))) {
                return s;
            }
        }
        return null;
    }

    /** "Bắc Kạn" → "tỉnh Bắc Kạn" (as the row writes it, when the table knows it), a name with its prefix as it is. */
    private String provinceName(String province) {
        String p = province.strip();
        if (hasPrefix(p)) {
            return p;
        }
        String wanted = key(p);
        for (Keys k : keys) {
            if (k.row().kind() == Succession.Kind.PROVINCE) {
                if (k.bareOld().equals(wanted)) {
                    return k.row().old();
                }
                if (k.bareSuccessor().equals(wanted)) {
                    return k.row().successor();
                }
            }
        }
        return "tỉnh " + p;
    }

    /** "tỉnh Bắc Kạn" → "Bắc Kạn"; "thành phố Cần Thơ" → "Cần Thơ". */
    public static String bare(String province) {
        String p = province.strip();
        String folded = TextFold.fold(p);
        if (folded.startsWith("tinh ")) {
            return p.substring(5).strip();
        }
        if (folded.startsWith("thanh pho ")) {
            return p.substring(10).strip();
        }
        return p;
    }

    private static boolean hasPrefix(String province) {
        String folded = TextFold.fold(province);
        return folded.startsWith("tinh ") || folded.startsWith("thanh pho ");
    }

    /** Names compared without case, diacritics, punctuation or the spacing of a dash. */
    static String key(String name) {
        return NOT_A_LETTER.matcher(TextFold.fold(name)).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    static Successions load() {
        List<Succession> rows = new ArrayList<>();
        for (TsvRows.Row row : VocabularyFile.SUCCESSIONS.rows()) {
            String[] c = row.cells();
            Succession.Kind kind;
            try {
                kind = Succession.Kind.valueOf(c[0].toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw row.fail("unknown succession kind: " + c[0]);
            }
            rows.add(new Succession(kind, c[1], c[2], row.date(3), c[4], c.length > 5 ? c[5] : null));
        }
        return new Successions(rows);
    }
}
