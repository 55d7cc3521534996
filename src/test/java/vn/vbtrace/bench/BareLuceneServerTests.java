package vn.vbtrace.bench;

import com.sun.net.httpserver.HttpServer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The scale benchmark's search baseline answers what bare Lucene finds in the index its ingest wrote. */
class BareLuceneServerTests {

    @Test
    void answersTheBareIndexsHitsOverHttp(@TempDir Path dir) throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("a.txt"), "Sở Tài chính chủ trì bố trí kinh phí thực hiện Kế hoạch.");
        Files.writeString(docs.resolve("b.txt"), "Chính phủ ban hành Nghị định về quản lý tài sản công.");
        Files.writeString(docs.resolve("c.txt"), "Sở Y tế hướng dẫn phòng chống dịch bệnh.");
        BareLuceneIngest.main(new String[] {docs.toString(), dir.resolve("index").toString()});

        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(dir.resolve("index")))) {
            HttpServer server = BareLuceneServer.start(reader);
            try {
                QueryLoad load = new QueryLoad(server.getAddress().getPort());
                QueryLoad.Answer answer = load.send(load.get("/search?limit=10&q=" + QueryLoad.q("Sở Tài chính")));
                assertThat(answer.statusCode()).isEqualTo(200);
                JsonNode body = JsonMapper.builder().build().readTree(answer.body());
                // OR'ed syllables: "sở" finds c.txt, "tài" and "chính" b.txt; a.txt holds all three and ranks first.
                assertThat(body.get("total").asLong()).isEqualTo(3);
                assertThat(body.get("hits").get(0).get("path").asString()).isEqualTo("a.txt");

                assertThat(load.send(load.get("/search?limit=ten&q=thuế")).statusCode()).isEqualTo(400);
            } finally {
                server.stop(0);
            }
        }
    }
}
