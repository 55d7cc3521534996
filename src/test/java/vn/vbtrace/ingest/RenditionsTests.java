package vn.vbtrace.ingest;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.DocumentMetadata;
import vn.vbtrace.document.IngestedDocument;
import vn.vbtrace.document.Json;
import vn.vbtrace.document.Reference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The PDF, DOCX and web-page renditions give what their text originals give (real Tika, real jsoup). */
class RenditionsTests {

    private static final Pipeline PIPELINE = new Pipeline();

    static Stream<Arguments> renditions() {
        return Stream.of(
                Arguments.of(TestCorpus.DECISION_1852_PDF, TestCorpus.DECISION_1852),   // LibreOffice PDF
                Arguments.of(TestCorpus.LETTER_4258_DOCX, TestCorpus.LETTER_4258),      // LibreOffice DOCX
                Arguments.of(TestCorpus.DECISION_1852_HTML, TestCorpus.DECISION_1852)); // saved portal page
    }

    private static IngestedDocument process(Path file) throws Exception {
        return PIPELINE.process(file.getFileName().toString(), TestCorpus.bytes(file), file.toString());
    }

    /** What a reader compares: which document, cited how, dated when. */
    private static Set<String> citations(IngestedDocument doc) {
        return doc.extraction().references().stream()
                .map(r -> (r.number() != null ? r.number() : r.title()) + " " + r.relation() + " " + r.date())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @MethodSource("renditions")
    void renditionGivesTheOriginalsNumberAndReferences(Path rendition, Path original) throws Exception {
        IngestedDocument fromRendition = process(rendition);
        IngestedDocument fromOriginal = process(original);
        DocumentMetadata expected = fromOriginal.metadata();
        DocumentMetadata actual = fromRendition.metadata();
        assertThat(actual.number()).isEqualTo(expected.number()).isNotNull();
        assertThat(actual.issuedDate()).isEqualTo(expected.issuedDate());
        assertThat(actual.issuer()).isEqualTo(expected.issuer());
        assertThat(fromRendition.id()).isEqualTo(fromOriginal.id());
        assertThat(citations(fromRendition)).isEqualTo(citations(fromOriginal)).isNotEmpty();
    }

    @Test
    void webPageSidebarNumbersAppearNowhere() throws Exception {
        String html = new String(TestCorpus.bytes(TestCorpus.DECISION_1852_HTML), StandardCharsets.UTF_8);
        String seed = new String(TestCorpus.bytes(TestCorpus.DECISION_1852), StandardCharsets.UTF_8);
        Set<String> furniture = Pattern.compile("\\d{1,5}/(\\d{4}/)?[\\p{Lu}Đ][\\p{L}]*-[\\p{L}-]+").matcher(html).results()
                .map(m -> m.group()).filter(number -> !seed.contains(number)).collect(Collectors.toSet());
        assertThat(furniture).contains("2157/QĐ-UBND", "98/2020/NĐ-CP", "415/KH-UBND");
        IngestedDocument page = process(TestCorpus.DECISION_1852_HTML);
        String everything = page.text() + Json.write(page.extraction());
        for (String number : furniture) {
            assertThat(everything).as(number).doesNotContain(number);
        }
        assertThat(page.extraction().references()).extracting(Reference::number).doesNotContainAnyElementsOf(furniture);
    }
}
