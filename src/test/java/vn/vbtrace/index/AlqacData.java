package vn.vbtrace.index;

import vn.vbtrace.document.TextFold;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Json;
import vn.vbtrace.ingest.Pipeline;
import vn.vbtrace.parse.ParseException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The ALQAC legal retrieval data: the 2,131 articles of the ALQAC 2023 corpus (one file each
 * when ingested) and 548 questions with their gold articles: the 100 of ALQAC 2023's training
 * set (../shared/alqac, beside the clone) and the 448 of ALQAC 2025's training set that point
 * into the same articles (copied into src/test/resources/alqac2025, see its README).
 */
public record AlqacData(List<Article> articles, List<Question> questions) {

    static final Path DIR = Path.of("..", "shared", "alqac");
    private static final String QUESTIONS_2025 = "/alqac2025/questions.json";

    public record Article(String id, String text) {
    }

    /** @param set where the question comes from: "2023" or "2025" */
    public record Question(String id, String set, String text, Set<String> gold) {

        /** The same question typed without diacritics: marks stripped, đ → d. */
        public Question folded() {
            return new Question(id, set, TextFold.fold(text), gold);
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
        List<Question> questions = new ArrayList<>(questions("2023", Files.readString(train)));
        try (InputStream in = AlqacData.class.getResourceAsStream(QUESTIONS_2025)) {
            if (in == null) {
                throw new IllegalStateException("not on the test classpath: " + QUESTIONS_2025);
            }
            questions.addAll(questions("2025", new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        }
        Set<String> known = new java.util.HashSet<>(articles.stream().map(Article::id).toList());
        for (Question question : questions) {
            if (!known.containsAll(question.gold())) {
                throw new IllegalStateException("question " + question.id() + " names an article not in law.json: " + question.gold());
            }
        }
        return new AlqacData(articles, List.copyOf(questions));
    }

    private static List<Question> questions(String set, String json) {
        List<Question> questions = new ArrayList<>();
        for (JsonNode question : Json.mapper().readTree(json)) {
            Set<String> gold = new LinkedHashSet<>();
            for (JsonNode relevant : question.get("relevant_articles")) {
                gold.add(articleId(relevant.get("law_id").asString(), relevant.get("article_id").asString()));
            }
            questions.add(new Question(question.get("question_id").asString(), set, question.get("text").asString(), gold));
        }
        return questions;
    }

    /** Each article through the real pipeline, one file each, under the article's own id. */
    public List<IngestedDocument> documents() throws ParseException {
        Pipeline pipeline = new Pipeline();
        List<IngestedDocument> docs = new ArrayList<>();
        for (Article article : articles) {
            String file = article.id() + ".txt";
            IngestedDocument doc = pipeline.process(file, article.text().getBytes(StandardCharsets.UTF_8), file);
            // The article's id, whatever number the extractor saw in it.
            docs.add(doc.withId(article.id()));
        }
        return docs;
    }
}
