package vn.vbtrace.bench;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The figures that say whether a generated set has the shape of the reference one: bytes per document,
 * citations per document, the share cited outside the set, and the in-degree of the most cited documents.
 * Reads any set with a meta.jsonl (this project's generator or gen_corpus.py), so the two can be compared:
 * {@code GeneratedSetStatistics DIR...}.
 */
public record GeneratedSetStatistics(int documents, long bytes, double citationsPerDocument, double outsideShare,
                                     List<Integer> topInDegrees, String mostCited, int leaves) {

    public static void main(String[] args) throws IOException {
        System.out.println("set                                     docs   bytes/doc  cites/doc  outside  leaves  top in-degrees");
        for (String dir : args) {
            GeneratedSetStatistics s = of(Path.of(dir));
            System.out.printf(Locale.ROOT, "%-38s %6d %10.0f %10.2f %7.1f%% %7d  %s (%s)%n", dir, s.documents(),
                    (double) s.bytes() / s.documents(), s.citationsPerDocument(), 100 * s.outsideShare(), s.leaves(),
                    s.topInDegrees(), s.mostCited());
        }
    }

    public static GeneratedSetStatistics of(Path dir) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        Map<String, Integer> inDegree = new HashMap<>();
        List<String> numbers = new ArrayList<>();
        long citations = 0;
        long outside = 0;
        long bytes = 0;
        try (BufferedReader lines = Files.newBufferedReader(dir.resolve("meta.jsonl"), StandardCharsets.UTF_8)) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                JsonNode doc = json.readTree(line);
                numbers.add(doc.get("number").asString());
                bytes += Files.size(dir.resolve(doc.get("file").asString()));
                for (JsonNode ref : doc.get("refs")) {
                    citations++;
                    if (ref.get(2).asBoolean()) {
                        inDegree.merge(ref.get(0).asString(), 1, Integer::sum);
                    } else {
                        outside++;
                    }
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(inDegree.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        int leaves = (int) numbers.stream().filter(n -> !inDegree.containsKey(n)).count();
        return new GeneratedSetStatistics(numbers.size(), bytes, (double) citations / numbers.size(),
                citations == 0 ? 0 : (double) outside / citations,
                ranked.stream().limit(5).map(Map.Entry::getValue).toList(),
                ranked.isEmpty() ? null : ranked.getFirst().getKey(), leaves);
    }
}
