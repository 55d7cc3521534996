package vn.vbtrace.ingest;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Json;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * What the corpus texts derive to is pinned beside the derivation version that derives it: a change of the
 * normalization or the extraction that is not announced by a {@link Pipeline#DERIVATION_VERSION} bump would
 * leave existing data folders with the old derived values, never re-derived. The fingerprint is the SHA-256 of
 * a canonical JSON (keys sorted, no timestamps, no paths) of each corpus text's id, normalized text and extraction.
 */
class ExtractionFingerprintTests {

    static final String FILE = "src/test/resources/extraction-fingerprint.properties";

    @Test
    void theCorpusDerivesAsPinnedAtThisDerivationVersion() throws Exception {
        Properties pinned = new Properties();
        try (InputStream in = ExtractionFingerprintTests.class.getResourceAsStream("/extraction-fingerprint.properties")) {
            assertThat(in).as(FILE).isNotNull();
            pinned.load(in);
        }
        int version = Integer.parseInt(pinned.getProperty("derivation-version").strip());
        String hash = fingerprint();
        String update = FILE + " to:\nderivation-version=" + Pipeline.DERIVATION_VERSION + "\nsha256=" + hash;
        if (version == Pipeline.DERIVATION_VERSION && !hash.equals(pinned.getProperty("sha256").strip())) {
            fail("extraction changed: bump Pipeline.DERIVATION_VERSION and update " + update);
        }
        if (version != Pipeline.DERIVATION_VERSION) {
            fail("Pipeline.DERIVATION_VERSION is " + Pipeline.DERIVATION_VERSION + ", " + FILE + " pins version "
                    + version + ": update " + update);
        }
    }

    @Test
    void theFingerprintIsTheSameEveryTime() throws Exception {
        assertThat(fingerprint()).isEqualTo(fingerprint());
    }

    /** The corpus texts in file-name order, each as {"file", "id", "textSha256", "extraction"}, canonical JSON. */
    static String fingerprint() throws Exception {
        Pipeline pipeline = new Pipeline();
        List<Path> texts = new ArrayList<>(TestCorpus.TEXTS);
        texts.sort(Comparator.comparing(p -> p.getFileName().toString()));
        StringBuilder canonical = new StringBuilder("[");
        for (Path text : texts) {
            String name = text.getFileName().toString();
            IngestedDocument doc = pipeline.process(name, TestCorpus.bytes(text), name);
            JsonNode node = Json.mapper().valueToTree(Map.of("file", name, "id", doc.id(),
                    "textSha256", DocumentNumbers.sha256Hex(doc.text().getBytes(StandardCharsets.UTF_8)),
                    "extraction", doc.extraction()));
            if (canonical.length() > 1) {
                canonical.append(',');
            }
            write(node, canonical);
        }
        return DocumentNumbers.sha256Hex(canonical.append(']').toString().getBytes(StandardCharsets.UTF_8));
    }

    /** JSON with every object's keys sorted, so that neither a map's order nor a field's place changes the hash. */
    private static void write(JsonNode node, StringBuilder out) throws IOException {
        if (node.isObject()) {
            List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
            fields.sort(Map.Entry.comparingByKey());
            out.append('{');
            for (int i = 0; i < fields.size(); i++) {
                out.append(i == 0 ? "" : ",").append(Json.write(fields.get(i).getKey())).append(':');
                write(fields.get(i).getValue(), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            for (Iterator<JsonNode> it = node.iterator(); it.hasNext(); ) {
                write(it.next(), out);
                out.append(it.hasNext() ? "," : "");
            }
            out.append(']');
        } else {
            out.append(Json.write(node));
        }
    }
}
