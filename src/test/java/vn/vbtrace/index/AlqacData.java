package vn.vbtrace.index;

import tools.jackson.databind.JsonNode;
import vn.vbtrace.document.DocumentNumbers;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Json;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.parse.ParseException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The ALQAC 2023 retrieval set as ../shared/alqac holds it beside the clone: the articles
 * (one file each when ingested) and the questions with their gold article.
 */
public record AlqacData(List<Article> articles, List<Question> questions) {

    static final Path DIR = Path.of("..", "shared", "alqac");

    public record Article(String id, String text) {
    }

    public record Question(String id, String text, Set<String> gold) {

        /** The same question typed without diacritics: marks stripped, đ → d. */
        public Question folded() {
            return new Question(id, DocumentNumbers.fold(text), gold);
        }

        /**
         * A fixed half of the questions, chosen by a hash of the id (not by its type prefix),
         * is the only half anything is tuned on; the other half is held out.
         */
        public boolean heldOut() {
            CRC32 crc = new CRC32();
            crc.update(id.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return (crc.getValue() & 1) == 1;
        }
    }

    static String articleId(String lawId, String articleId) {
        return lawId + "#" + articleId;
    }

    public static AlqacData load() throws IOException {
        Path laws = DIR.resolve("law.json");
        Path train = DIR.resolve("train.json");
        if (!Files.isRegularFile(laws) || !Files.isRegularFile(train)) {
            throw new IllegalStateException("the ALQAC quality harness needs " + laws.toAbsolutePath().normalize()
                    + " and " + train.toAbsolutePath().normalize()
                    + ": check out ../shared beside the project folder (see DESIGN.md, 'Vietnamese search')");
        }
        List<Article> articles = new ArrayList<>();
        for (JsonNode law : Json.mapper().readTree(Files.readString(laws))) {
            for (JsonNode article : law.get("articles")) {
                articles.add(new Article(articleId(law.get("id").asString(), article.get("id").asString()),
                        article.get("text").asString()));
            }
        }
        List<Question> questions = new ArrayList<>();
        for (JsonNode question : Json.mapper().readTree(Files.readString(train))) {
            Set<String> gold = new java.util.LinkedHashSet<>();
            for (JsonNode relevant : question.get("relevant_articles")) {
                gold.add(articleId(relevant.get("law_id").asString(), relevant.get("article_id").asString()));
            }
            questions.add(new Question(question.get("question_id").asString(), question.get("text").asString(), gold));
        }
        return new AlqacData(articles, questions);
    }

    /** Each article through the real pipeline, one file each, under the article's own id. */
    public List<IngestedDocument> documents() throws ParseException {
        Pipeline pipeline = new Pipeline();
        List<IngestedDocument> docs = new ArrayList<>();
        for (Article article : articles) {
            String file = article.id() + ".txt";
            IngestedDocument doc = pipeline.process(file, article.text().getBytes(StandardCharsets.UTF_8), file);
            // The article's id, whatever number the extractor saw in it.
            docs.add(new IngestedDocument(article.id(), doc.source(), doc.contentHash(), doc.text(), doc.extraction(),
                    doc.ingestedAt()));
        }
        return docs;
    }
}
