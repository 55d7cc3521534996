package vn.vbtrace.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.text.Normalizer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** A generated set as the benchmark's queries need it: its documents, the most cited one, the uncited ones. */
final class GeneratedSet {

    /** One document of the set (or a cited number outside it). */
    record Doc(String number, String type, String issuer, String date, String file) {
    }

    final Path dir;
    final List<Doc> docs = new ArrayList<>();
    final List<Doc> stubs = new ArrayList<>();
    final Map<String, Integer> inDegree = new HashMap<>();
    final long textBytes;

    private GeneratedSet(Path dir, long textBytes) {
        this.dir = dir;
        this.textBytes = textBytes;
    }

    /** The set of {@code n} documents under {@code dir}, generated unless a set of that size is there already. */
    static GeneratedSet ensure(Path dir, int n, long seed) throws IOException {
        Path meta = dir.resolve("meta.jsonl");
        boolean present = Files.exists(meta) && Files.exists(dir.resolve("stubs.jsonl"));
        if (present) {
            try (Stream<String> lines = Files.lines(meta)) {
                present = lines.count() == n;
            }
        }
        if (!present) {
            long started = System.nanoTime();
            CorpusGenerator.generate(n, dir, seed, Path.of("src/test/resources/seeds"));
            System.out.printf("generated %,d documents in %s in %d s%n", n, dir, (System.nanoTime() - started) / 1_000_000_000);
        }
        return read(dir);
    }

    static GeneratedSet read(Path dir) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        long bytes;
        try (Stream<Path> files = Files.list(dir.resolve("docs"))) {
            bytes = files.mapToLong(p -> p.toFile().length()).sum();
        }
        GeneratedSet set = new GeneratedSet(dir, bytes);
        try (BufferedReader lines = Files.newBufferedReader(dir.resolve("meta.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode d = json.readTree(line);
                set.docs.add(new Doc(d.get("number").asString(), d.get("type").asString(), d.get("issuer").asString(),
                        d.get("date").asString(), d.get("file").asString()));
                for (JsonNode ref : d.get("refs")) {
                    if (ref.get(2).asBoolean()) {
                        set.inDegree.merge(ref.get(0).asString(), 1, Integer::sum);
                    }
                }
            }
        }
        try (BufferedReader lines = Files.newBufferedReader(dir.resolve("stubs.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode d = json.readTree(line);
                set.stubs.add(new Doc(d.get("number").asString(), d.get("type").asString(), d.get("issuer").asString(),
                        d.get("date").asString(), null));
            }
        }
        return set;
    }

    Doc mostCited() {
        return docs.stream().max(Comparator.comparingInt((Doc d) -> inDegree.getOrDefault(d.number(), 0))).orElseThrow();
    }

    /** A document nobody in the set cites, late in the set (it cites the most). */
    Doc leaf() {
        for (int i = docs.size() - 1; i >= 0; i--) {
            if (!inDegree.containsKey(docs.get(i).number())) {
                return docs.get(i);
            }
        }
        throw new IllegalStateException("every document is cited");
    }

    List<Doc> sample(int count, long seed) {
        Random random = new Random(seed);
        List<Doc> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(docs.get(random.nextInt(docs.size())));
        }
        return out;
    }

    /**
     * {@code count} distinct questions of words no run asks twice, as staff type them: runs of two to seven words cut
     * from random documents of the set (past their first lines, which every document shares), lower-cased, a third
     * without diacritics. A search engine's caches and a JIT's profiles of ten questions asked again and again do not
     * flatter these.
     */
    List<String> wordRuns(int count, long seed) throws IOException {
        Random random = new Random(seed);
        Set<String> runs = new LinkedHashSet<>();
        Pattern word = Pattern.compile("[\\p{L}]+");
        while (runs.size() < count) {
            String text = Files.readString(dir.resolve(docs.get(random.nextInt(docs.size())).file()));
            List<String> words = new ArrayList<>();
            word.matcher(text).results().forEach(found -> words.add(found.group().toLowerCase(Locale.ROOT)));
            if (words.size() < 60) {
                continue;
            }
            int from = 40 + random.nextInt(words.size() - 50);
            String run = String.join(" ", words.subList(from, from + 2 + random.nextInt(6)));
            runs.add(random.nextInt(3) == 0 ? withoutDiacritics(run) : run);
        }
        return List.copyOf(runs);
    }

    private static String withoutDiacritics(String text) {
        return Normalizer.normalize(text.replace('đ', 'd'), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /**
     * A provincial plan citing ten documents as real drafts do ("Căn cứ ... số ... ngày ... của ..."): the most
     * cited, eight others of the set and one number the set does not hold.
     */
    String draft(long seed) {
        Random random = new Random(seed);
        List<Doc> cited = new ArrayList<>();
        cited.add(mostCited());
        while (cited.size() < 9) {
            cited.add(docs.get(random.nextInt(docs.size())));
        }
        cited.add(stubs.get(random.nextInt(stubs.size())));
        StringBuilder text = new StringBuilder("""
                ỦY BAN NHÂN DÂN
                TỈNH BẮC KẠN
                Số: /KH-UBND
                Bắc Kạn, ngày 15 tháng 3 năm 2025
                KẾ HOẠCH
                Thực hiện chương trình nâng cao năng suất và chất lượng sản phẩm, hàng hóa năm 2025
                """);
        for (Doc d : cited) {
            String[] ymd = d.date().split("-");
            text.append("Căn cứ ").append(d.type()).append(" số ").append(d.number()).append(" ngày ")
                    .append(Integer.parseInt(ymd[2])).append('/').append(Integer.parseInt(ymd[1])).append('/').append(ymd[0])
                    .append(" của ").append(d.issuer()).append(";\n");
        }
        text.append("I. MỤC ĐÍCH, YÊU CẦU\nTriển khai có hiệu quả các nhiệm vụ được giao.\n");
        return text.toString();
    }
}
