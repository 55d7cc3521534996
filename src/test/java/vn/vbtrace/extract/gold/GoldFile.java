package vn.vbtrace.extract.gold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.document.Json;

/**
 * One hand-written gold file (src/test/resources/gold or unseen): metadata, references,
 * assignments and programs of one text, with quotes that the scorer locates in the normalized text.
 */
record GoldFile(String name, JsonNode metadata, List<JsonNode> references, List<JsonNode> assignments,
                List<JsonNode> programs) {

    static GoldFile load(String resource) {
        try (InputStream in = GoldFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no gold file " + resource);
            }
            JsonNode root = Json.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return new GoldFile(resource, root.get("metadata"), list(root.get("references")), list(root.get("assignments")),
                    list(root.get("programs")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(String resource) {
        try (InputStream in = GoldFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no text " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        if (array != null) {
            array.forEach(out::add);
        }
        return out;
    }

    /** A text field, null when absent or JSON null. */
    static String str(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
