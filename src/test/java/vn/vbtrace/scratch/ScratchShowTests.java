package vn.vbtrace.scratch;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.vbtrace.document.Json;
import vn.vbtrace.extract.Extractor;
import vn.vbtrace.parse.DocumentParser;
import vn.vbtrace.parse.TextNormalizer;

class ScratchShowTests {
    @Test
    void show() throws Exception {
        Extractor e = new Extractor();
        DocumentParser parser = new DocumentParser();
        for (String f : System.getProperty("show.files").split(",")) {
            Path p = Path.of(f);
            String raw = parser.parse(p.getFileName().toString(), Files.readAllBytes(p)).text();
            String text = TextNormalizer.normalize(raw).text();
            if (Boolean.getBoolean("show.text")) System.out.println("TEXT>>>\n" + text + "\n<<<");
            var x = e.extract(text);
            System.out.println("=== " + f);
            System.out.println("DOC " + Json.write(x.document()));
            for (var r : x.references()) System.out.println("REF " + r.number() + " | " + r.title() + " | " + r.type() + " | " + r.issuer() + " | " + r.date() + " | " + r.relation() + " «" + r.text().replaceAll("\\s+"," ") + "»");
        }
    }
}
