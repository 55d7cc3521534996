package vn.vbtrace.extract.gold;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.document.Json;
import vn.vbtrace.parse.DocumentParser;
import vn.vbtrace.parse.ParseException;
import vn.vbtrace.parse.TextNormalizer;

/** The labelled sets' texts, read as a user's .txt file is (parsed, normalized), and their labels. */
final class LabelledTexts {

    private LabelledTexts() {
    }

    static String normalized(DocumentParser parser, String resource) {
        try (InputStream in = LabelledTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no labelled text " + resource);
            }
            String raw = parser.parse(resource.substring(resource.lastIndexOf('/') + 1), in.readAllBytes()).text();
            return TextNormalizer.normalize(raw).text();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException(resource + ": " + e.getMessage(), e);
        }
    }

    static JsonNode labels(String resource) {
        try (InputStream in = LabelledTexts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no gold " + resource);
            }
            return Json.mapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
