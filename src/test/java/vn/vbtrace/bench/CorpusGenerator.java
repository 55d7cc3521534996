package vn.vbtrace.bench;

import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes N realistic Vietnamese government documents, deterministic for a seed: the scale benchmark's
 * document sets, made in the project so that a clone needs nothing beside it. It follows the design of
 * the perf generator kept with the shared material (gen_corpus.py): sentences from the five seed texts
 * shuffled, with provinces swapped; each document's "Căn cứ" block and body cite 3-15 earlier documents
 * by number and date in the forms real documents use; targets drawn with a Zipf weight (national
 * decisions first), so a few documents are cited thousands of times; about 12% of citations to numbers
 * not in the set. Same distributions, not the same bytes (Java's random numbers are not Python's):
 * {@link GeneratedSetStatistics} compares the two.
 * <p>
 * Writes {@code OUT/docs/NNNNNN.txt} in date order (a prefix only cites earlier files), {@code OUT/meta.jsonl}
 * (number, type, issuer, date, province, title, file, refs as [number, relation, in set]) and
 * {@code OUT/stubs.jsonl} (the cited numbers not in the set).
 */
public final class CorpusGenerator {

    /** The 63 provinces and centrally-run cities before the July 2025 merger. */
    static final List<String> PROVINCES = List.of("An Giang", "Bà Rịa - Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu",
            "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk",
            "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương",
            "Hậu Giang", "Hòa Bình", "Hưng Yên", "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn",
            "Lào Cai", "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình",
            "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình",
            "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc",
            "Yên Bái", "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ");

    private static final String[][] MINISTRIES = {
            {"BKHCN", "Bộ Khoa học và Công nghệ"}, {"BTC", "Bộ Tài chính"}, {"BCT", "Bộ Công Thương"},
            {"BKHĐT", "Bộ Kế hoạch và Đầu tư"}, {"BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn"},
            {"BYT", "Bộ Y tế"}, {"BXD", "Bộ Xây dựng"}, {"BTTTT", "Bộ Thông tin và Truyền thông"},
            {"BNV", "Bộ Nội vụ"}, {"BTP", "Bộ Tư pháp"}, {"BGDĐT", "Bộ Giáo dục và Đào tạo"},
            {"BTNMT", "Bộ Tài nguyên và Môi trường"}};

    static final List<String> SO = List.of("Sở Khoa học và Công nghệ", "Sở Tài chính", "Sở Kế hoạch và Đầu tư",
            "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Y tế", "Sở Xây dựng", "Sở Giao thông vận tải",
            "Sở Thông tin và Truyền thông", "Sở Nội vụ", "Sở Tư pháp", "Sở Giáo dục và Đào tạo",
            "Sở Lao động - Thương binh và Xã hội", "Sở Tài nguyên và Môi trường", "Sở Văn hóa, Thể thao và Du lịch",
            "Ban Quản lý các khu công nghiệp", "Liên minh Hợp tác xã tỉnh", "Hội Doanh nghiệp tỉnh",
            "Đài Phát thanh và Truyền hình tỉnh", "Cục Thuế tỉnh", "Công an tỉnh", "Chi cục Tiêu chuẩn Đo lường Chất lượng");

    static final List<String> TOPICS = List.of("nâng cao năng suất và chất lượng sản phẩm, hàng hóa",
            "phát triển thị trường khoa học và công nghệ", "hỗ trợ doanh nghiệp nhỏ và vừa",
            "chuyển đổi số trong cơ quan nhà nước", "cải cách hành chính", "xây dựng nông thôn mới",
            "phát triển tài sản trí tuệ", "ứng dụng công nghệ cao trong nông nghiệp", "phòng, chống thiên tai",
            "bảo vệ môi trường làng nghề", "phát triển du lịch cộng đồng", "đào tạo nguồn nhân lực chất lượng cao",
            "truy xuất nguồn gốc sản phẩm, hàng hóa",
            "áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015",
            "phát triển hợp tác xã kiểu mới", "chương trình mỗi xã một sản phẩm (OCOP)", "kinh tế tuần hoàn",
            "đổi mới sáng tạo và khởi nghiệp", "an toàn thực phẩm", "đo lường phục vụ quản lý nhà nước");

    static final List<String> ACTIONS = List.of("tổ chức triển khai", "hướng dẫn, kiểm tra việc thực hiện",
            "xây dựng và trình phê duyệt", "tổng hợp, đánh giá kết quả", "bố trí kinh phí thực hiện",
            "tuyên truyền, phổ biến", "rà soát, đề xuất sửa đổi", "theo dõi, đôn đốc việc thực hiện", "tập huấn, đào tạo về");

    static final List<String> OBJECTS = List.of("các nhiệm vụ của Kế hoạch", "mô hình điểm về năng suất chất lượng",
            "cơ sở dữ liệu chuyên ngành", "các dự án hỗ trợ doanh nghiệp", "hệ thống tiêu chuẩn cơ sở",
            "chỉ số năng suất lao động", "các sản phẩm chủ lực của tỉnh", "danh mục nhiệm vụ khoa học và công nghệ",
            "chuyên gia tư vấn");

    private static final List<String> ROLE_LEADS = List.of("Chủ trì, phối hợp với %1$s %2$s %3$s", "Chủ trì %2$s %3$s",
            "Phối hợp với %1$s %2$s %3$s", "Tham mưu cho Ủy ban nhân dân tỉnh %2$s %3$s", "Có trách nhiệm %2$s %3$s");

    private static final List<String> SURNAMES = List.of("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ",
            "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô");
    private static final List<String> MIDDLE = List.of("Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Xuân", "Ngọc", "Anh");
    private static final List<String> GIVEN = List.of("Hùng", "Lan", "Dũng", "Hoa", "Tuấn", "Hải", "Nam", "Bình", "Định", "Sơn",
            "Hương", "Long", "Phúc");

    /** The kinds of document in the set: type word, number format, issuer kind, share. */
    private record Kind(String type, String format, String issuerKind, double share) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("Quyết định", "{n}/QĐ-TTg", "ttg", 0.006),
            new Kind("Nghị định", "{n}/{y}/NĐ-CP", "cp", 0.004),
            new Kind("Thông tư", "{n}/{y}/TT-{m}", "min", 0.015),
            new Kind("Quyết định", "{n}/QĐ-{m}", "min", 0.02),
            new Kind("Công văn", "{n}/{m}-TĐC", "min", 0.02),
            new Kind("Thông báo", "{n}/TB-{m}", "min", 0.01),
            new Kind("Quyết định", "{n}/QĐ-UBND", "prov", 0.45),
            new Kind("Kế hoạch", "{n}/KH-UBND", "prov", 0.35),
            new Kind("Công văn", "{n}/UBND-KT", "prov", 0.125));

    private static final String[][] STUB_KINDS = {
            {"Nghị định", "{n}/{y}/NĐ-CP", "Chính phủ"}, {"Thông tư", "{n}/{y}/TT-BTC", "Bộ Tài chính"},
            {"Quyết định", "{n}/QĐ-TTg", "Thủ tướng Chính phủ"}, {"Nghị quyết", "{n}/NQ-CP", "Chính phủ"},
            {"Tờ trình", "{n}/TTr-SKHCN", "Sở Khoa học và Công nghệ"}};

    private static final List<String> LAWS = List.of("Luật Tổ chức chính quyền địa phương ngày 19/6/2015",
            "Luật Khoa học và Công nghệ ngày 18/6/2013", "Luật Tiêu chuẩn và Quy chuẩn kỹ thuật ngày 29/6/2006",
            "Luật Ngân sách nhà nước ngày 25/6/2015", "Luật Chất lượng sản phẩm, hàng hóa ngày 21/11/2007");

    private static final Map<String, Integer> IMPORTANCE = Map.of("ttg", 0, "cp", 1, "min", 2, "prov", 3);
    private static final double OUTSIDE_SHARE = 0.12;
    private static final double SAME_PROVINCE_SHARE = 0.35;
    private static final int RECENT_PROVINCIAL = 40;

    /** A document of the set, or a cited number outside it (a stub). */
    static final class Doc {
        String type;
        String number;
        String issuerKind;
        String issuer;
        String ministryName;
        String province;
        int year;
        int month;
        int day;
        String topic;
        String title;
        final List<Doc> refs = new ArrayList<>();
        final List<Boolean> refsInSet = new ArrayList<>();
        final List<String> relations = new ArrayList<>();

        String isoDate() {
            return String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
        }

        int dateKey() {
            return year * 10_000 + month * 100 + day;
        }
    }

    private final Random rng;
    private final List<String> sentences;

    CorpusGenerator(long seed, List<String> sentences) {
        this.rng = new Random(seed);
        this.sentences = sentences;
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator N OUTDIR [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        long started = System.nanoTime();
        generate(n, Path.of(args[1]), seed, Path.of("src/test/resources/seeds"));
        System.out.printf("wrote %d documents to %s in %d ms%n", n, args[1], (System.nanoTime() - started) / 1_000_000);
    }

    public static final long DEFAULT_SEED = 20261130L;

    /** Writes the set; returns the documents in file order. */
    public static List<Doc> generate(int n, Path out, long seed, Path seedTexts) throws IOException {
        return new CorpusGenerator(seed, loadSentences(seedTexts)).write(n, out);
    }

    /** The seed texts' sentences of 40-500 characters that cite no number and are no legal basis. */
    static List<String> loadSentences(Path dir) throws IOException {
        Pattern number = Pattern.compile("\\d+\\s*/\\s*[0-9A-ZĐa-z]", Pattern.UNICODE_CHARACTER_CLASS);
        Pattern lineBreaks = Pattern.compile("\\s*\\n\\s*", Pattern.UNICODE_CHARACTER_CLASS);
        Pattern sentenceEnd = Pattern.compile("(?<=[.;:])\\s+(?=[A-ZĐÂĂÊÔƠƯa-zđ\\-+])", Pattern.UNICODE_CHARACTER_CLASS);
        List<Path> files;
        try (Stream<Path> listed = Files.list(dir)) {
            files = listed.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<String> out = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8).replace('|', ' ');
            text = lineBreaks.matcher(text).replaceAll(" ");
            for (String s : sentenceEnd.split(text)) {
                s = s.strip();
                if (s.length() >= 40 && s.length() <= 500 && !number.matcher(s).find() && !s.contains("Số:")
                        && !s.contains("Căn cứ")) {
                    out.add(s);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no sentences in the seed texts under " + dir.toAbsolutePath());
        }
        return out;
    }

    List<Doc> write(int n, Path out) throws IOException {
        Files.createDirectories(out.resolve("docs"));
        List<Integer> pool = new ArrayList<>();
        for (int i = 1; i < 3 * n + 2000; i++) {
            pool.add(i);
        }
        Collections.shuffle(pool, rng);
        int[] next = {0};

        double[] shareCumulative = new double[KINDS.size()];
        double acc = 0;
        for (int k = 0; k < KINDS.size(); k++) {
            acc += KINDS.get(k).share();
            shareCumulative[k] = acc;
        }
        List<Doc> docs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Kind kind = KINDS.get(pick(shareCumulative));
            int year = switch (kind.issuerKind()) {
                case "ttg", "cp" -> between(2008, 2018);
                case "min" -> between(2010, 2022);
                default -> between(2012, 2024);
            };
            Doc d = new Doc();
            d.year = year;
            d.month = between(1, 12);
            d.day = between(1, 28);
            String[] ministry = MINISTRIES[rng.nextInt(MINISTRIES.length)];
            String province = PROVINCES.get(rng.nextInt(PROVINCES.size()));
            d.type = kind.type();
            d.issuerKind = kind.issuerKind();
            d.number = kind.format().replace("{n}", String.valueOf(pool.get(next[0]++)))
                    .replace("{y}", String.valueOf(year)).replace("{m}", ministry[0]);
            d.ministryName = ministry[1];
            d.issuer = switch (kind.issuerKind()) {
                case "ttg" -> "Thủ tướng Chính phủ";
                case "cp" -> "Chính phủ";
                case "min" -> ministry[1];
                default -> "UBND tỉnh " + province;
            };
            d.province = "prov".equals(kind.issuerKind()) ? province : null;
            d.topic = TOPICS.get(rng.nextInt(TOPICS.size()));
            docs.add(d);
        }
        docs.sort(Comparator.comparingInt(Doc::dateKey)); // stable, as Python's sort

        // Zipf weight by importance rank: national first, then ministries, then provinces.
        Integer[] order = new Integer[n];
        double[] tiebreak = new double[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
            tiebreak[i] = rng.nextDouble();
        }
        Arrays.sort(order, Comparator.comparingInt((Integer i) -> IMPORTANCE.get(docs.get(i).issuerKind))
                .thenComparingDouble(i -> tiebreak[i]));
        double[] weight = new double[n];
        for (int rank = 0; rank < n; rank++) {
            weight[order[rank]] = 1.0 / Math.pow(rank + 1, 1.05);
        }
        double[] cumulative = new double[n];
        acc = 0;
        for (int i = 0; i < n; i++) {
            acc += weight[i];
            cumulative[i] = acc;
        }
        Map<String, List<Integer>> byProvince = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (docs.get(i).province != null) {
                byProvince.computeIfAbsent(docs.get(i).province, p -> new ArrayList<>()).add(i);
            }
        }

        List<Doc> stubs = new ArrayList<>();
        for (int j = 0; j < Math.max(50, n / 8); j++) {
            String[] kind = STUB_KINDS[rng.nextInt(STUB_KINDS.length)];
            int year = between(2005, 2020);
            Doc s = new Doc();
            s.type = kind[0];
            s.number = kind[1].replace("{n}", String.valueOf(pool.get(next[0]++))).replace("{y}", String.valueOf(year));
            s.issuer = kind[2];
            s.year = year;
            s.month = between(1, 12);
            s.day = between(1, 28);
            stubs.add(s);
        }
        double[] stubCumulative = new double[stubs.size()];
        acc = 0;
        for (int r = 0; r < stubs.size(); r++) {
            acc += 1.0 / Math.pow(r + 1, 1.1);
            stubCumulative[r] = acc;
        }

        JsonMapper json = JsonMapper.builder().build();
        try (BufferedWriter meta = Files.newBufferedWriter(out.resolve("meta.jsonl"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < n; i++) {
                Doc d = docs.get(i);
                int k = between(3, 15);
                Set<Object> seen = new HashSet<>();
                int tries = 0;
                while (d.refs.size() < k && tries < 60) {
                    tries++;
                    if (rng.nextDouble() < OUTSIDE_SHARE) {
                        Doc s = stubs.get(bisectLeft(stubCumulative, rng.nextDouble() * stubCumulative[stubCumulative.length - 1]));
                        if (seen.add("s:" + s.number)) {
                            d.refs.add(s);
                            d.refsInSet.add(false);
                        }
                        continue;
                    }
                    if (i == 0) {
                        continue;
                    }
                    int target;
                    if (d.province != null && rng.nextDouble() < SAME_PROVINCE_SHARE) {
                        List<Integer> candidates = byProvince.get(d.province);
                        int pos = bisectLeft(candidates, i);
                        if (pos == 0) {
                            continue;
                        }
                        int from = Math.max(0, pos - RECENT_PROVINCIAL);
                        target = candidates.get(from + rng.nextInt(pos - from));
                    } else {
                        target = Math.min(bisectLeft(cumulative, rng.nextDouble() * cumulative[i - 1]), i - 1);
                    }
                    if (seen.add(target)) {
                        d.refs.add(docs.get(target));
                        d.refsInSet.add(true);
                    }
                }
                writeDoc(out, i, d);
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("file", String.format(Locale.ROOT, "docs/%06d.txt", i));
                line.put("number", d.number);
                line.put("type", d.type);
                line.put("issuer", d.issuer);
                line.put("province", d.province);
                line.put("date", d.isoDate());
                line.put("title", d.title);
                List<List<Object>> refs = new ArrayList<>();
                for (int r = 0; r < d.refs.size(); r++) {
                    refs.add(List.of(d.refs.get(r).number, d.relations.get(r), d.refsInSet.get(r)));
                }
                line.put("refs", refs);
                meta.write(json.writeValueAsString(line));
                meta.write('\n');
                d.refs.clear(); // the set is written as it goes: no graph of 100,000 documents held in memory
                d.refsInSet.clear();
                d.relations.clear();
            }
        }
        try (BufferedWriter stubOut = Files.newBufferedWriter(out.resolve("stubs.jsonl"), StandardCharsets.UTF_8)) {
            for (Doc s : stubs) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("number", s.number);
                line.put("type", s.type);
                line.put("issuer", s.issuer);
                line.put("date", s.isoDate());
                stubOut.write(json.writeValueAsString(line));
                stubOut.write('\n');
            }
        }
        return docs;
    }

    private String cite(Doc t, Boolean longForm) {
        boolean asLong = longForm != null ? longForm : rng.nextDouble() < 0.3;
        return t.type + " số " + t.number + " " + vnDate(t, asLong) + " của " + t.issuer;
    }

    private String vnDate(Doc d, boolean longForm) {
        if (longForm) {
            return rng.nextDouble() < 0.5
                    ? String.format(Locale.ROOT, "ngày %02d tháng %d năm %d", d.day, d.month, d.year)
                    : String.format(Locale.ROOT, "ngày %d tháng %d năm %d", d.day, d.month, d.year);
        }
        return String.format(Locale.ROOT, "ngày %d/%d/%d", d.day, d.month, d.year);
    }

    private String person() {
        return pick(SURNAMES) + " " + pick(MIDDLE) + " " + pick(GIVEN);
    }

    private void writeDoc(Path out, int i, Doc d) {
        String place = d.province != null ? d.province : "Hà Nội";
        List<String> lines = new ArrayList<>();
        switch (d.issuerKind) {
            case "prov" -> lines.addAll(List.of("ỦY BAN NHÂN DÂN", "TỈNH " + upper(d.province), "-------"));
            case "min" -> lines.addAll(List.of(upper(d.ministryName), "-------"));
            case "ttg" -> lines.addAll(List.of("THỦ TƯỚNG CHÍNH PHỦ", "-------"));
            default -> lines.addAll(List.of("CHÍNH PHỦ", "-------"));
        }
        lines.addAll(List.of("|", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "---------------", "|",
                "Số: " + d.number, "|", place + ", ngày " + d.day + " tháng " + d.month + " năm " + d.year, "|"));
        int basisCount = Math.max(1, d.refs.size() * 3 / 5);
        List<Doc> basis = d.refs.subList(0, Math.min(basisCount, d.refs.size()));
        List<Doc> rest = d.refs.subList(basis.size(), d.refs.size());
        Doc main = basis.isEmpty() ? null : basis.getFirst();
        int y = d.year;
        String title = switch (d.type) {
            case "Kế hoạch" -> "Thực hiện " + (main != null ? cite(main, false) : "các nhiệm vụ") + " về " + d.topic
                    + " giai đoạn " + y + " - " + (y + 5);
            case "Công văn" -> "V/v báo cáo tình hình thực hiện " + d.topic + " năm " + y;
            case "Thông báo" -> "Kết luận của Lãnh đạo Bộ tại hội nghị về " + d.topic;
            default -> "Ban hành Kế hoạch " + d.topic + " giai đoạn " + y + " - " + (y + 5);
        };
        d.title = title;
        lines.add(upper(d.type));
        lines.add(upper(title));
        if ("Công văn".equals(d.type)) {
            lines.add("Kính gửi: " + (!"prov".equals(d.issuerKind) ? "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"
                    : "Các sở, ban, ngành thuộc tỉnh; Ủy ban nhân dân các huyện, thành phố"));
        } else if ("prov".equals(d.issuerKind)) {
            lines.add("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH " + upper(d.province));
        } else if ("min".equals(d.issuerKind)) {
            lines.add("BỘ TRƯỞNG " + upper(d.ministryName.substring(3)));
        }
        if ("prov".equals(d.issuerKind) && rng.nextDouble() < 0.7) {
            lines.add("Căn cứ " + pick(LAWS) + ";");
        }
        for (Doc t : basis) {
            lines.add("Căn cứ " + cite(t, null) + ";");
            d.relations.add("BASED_ON");
        }
        if (List.of("Quyết định", "Nghị định", "Thông tư").contains(d.type)) {
            lines.add("prov".equals(d.issuerKind) ? "Theo đề nghị của Giám đốc Sở Khoa học và Công nghệ."
                    : "Theo đề nghị của Vụ trưởng Vụ Pháp chế,");
            lines.add("Quyết định".equals(d.type) ? "QUYẾT ĐỊNH:" : "QUY ĐỊNH:");
            lines.add("Điều 1. Ban hành kèm theo Quyết định này Kế hoạch " + d.topic + ".");
            lines.add("Điều 2. Quyết định này có hiệu lực kể từ ngày ký.");
            lines.add("Điều 3. Chánh Văn phòng, Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.");
        }
        List<String> pool = sample(sentences, Math.min(sentences.size(), between(25, 90)));
        if (d.province != null) {
            String province = d.province;
            pool = pool.stream().map(s -> s.replace("Bắc Kạn", province).replace("Hậu Giang", province)).toList();
        }
        List<String> heads = List.of("I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ VÀ GIẢI PHÁP", "III. KINH PHÍ THỰC HIỆN");
        int per = Math.max(1, pool.size() / (heads.size() + 1));
        int ri = 0;
        for (int h = 0; h < heads.size(); h++) {
            lines.add(heads.get(h));
            List<String> chunk = pool.subList(Math.min(pool.size(), h * per), Math.min(pool.size(), (h + 1) * per));
            for (int j = 0; j < chunk.size(); j++) {
                String s = chunk.get(j);
                if (ri < rest.size() && j % 3 == 1) {
                    Doc t = rest.get(ri++);
                    if (rng.nextDouble() < 0.5) {
                        lines.add("Triển khai thực hiện " + cite(t, null) + ", " + s.substring(0, 1).toLowerCase(Locale.ROOT)
                                + s.substring(1));
                        d.relations.add("IMPLEMENTS");
                    } else {
                        lines.add(s.replaceAll("[.;:]+$", "") + " (theo " + cite(t, null) + ").");
                        d.relations.add("CITES");
                    }
                } else {
                    lines.add(s);
                }
            }
        }
        while (ri < rest.size()) {
            lines.add("Thực hiện " + cite(rest.get(ri++), null) + ".");
            d.relations.add("IMPLEMENTS");
        }
        lines.add("IV. TỔ CHỨC THỰC HIỆN");
        List<String> bodies = sample(SO, between(3, 8));
        for (int b = 0; b < bodies.size(); b++) {
            lines.add((b + 1) + ". " + bodies.get(b));
            int duties = between(1, 3);
            for (int k = 0; k < duties; k++) {
                String lead = String.format(pick(ROLE_LEADS), pick(SO), pick(ACTIONS), pick(OBJECTS));
                String tail = switch (rng.nextInt(4)) {
                    case 0 -> "";
                    case 1 -> " trong năm " + (y + 1);
                    case 2 -> "; báo cáo kết quả trước ngày " + between(1, 28) + " tháng " + between(1, 12) + " năm " + (y + 1);
                    default -> " hằng năm";
                };
                lines.add("- " + lead + tail + ".");
            }
        }
        int from = Math.min(pool.size(), heads.size() * per);
        lines.addAll(pool.subList(from, Math.min(pool.size(), from + 3)));
        lines.addAll(List.of("Nơi nhận:", "- Như Điều 3;", "- Lưu: VT.", "|",
                pick(List.of("KT. CHỦ TỊCH", "CHỦ TỊCH", "KT. BỘ TRƯỞNG", "THỨ TRƯỞNG")),
                pick(List.of("PHÓ CHỦ TỊCH", "THỨ TRƯỞNG", "")), person()));
        try {
            Files.writeString(out.resolve(String.format(Locale.ROOT, "docs/%06d.txt", i)), String.join("\n", lines) + "\n",
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    private int between(int lo, int hi) {
        return lo + rng.nextInt(hi - lo + 1);
    }

    private <T> T pick(List<T> from) {
        return from.get(rng.nextInt(from.size()));
    }

    private int pick(double[] cumulative) {
        return bisectLeft(cumulative, rng.nextDouble() * cumulative[cumulative.length - 1]);
    }

    private <T> List<T> sample(List<T> from, int k) {
        List<T> copy = new ArrayList<>(from);
        for (int i = 0; i < k; i++) {
            Collections.swap(copy, i, i + rng.nextInt(copy.size() - i));
        }
        return new ArrayList<>(copy.subList(0, k));
    }

    /** The first index whose value is not below {@code x} (Python's bisect_left). */
    static int bisectLeft(double[] sorted, double x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return Math.min(lo, sorted.length - 1);
    }

    static int bisectLeft(List<Integer> sorted, int x) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid) < x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
