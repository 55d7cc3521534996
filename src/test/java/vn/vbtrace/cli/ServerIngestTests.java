package vn.vbtrace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.vbtrace.ingest.IngestReport;

/** A report read from the server names each failed file as the command was given it, as the command alone does. */
class ServerIngestTests {

    @Test
    void aFailedFileIsNamedFromTheRootAsGivenNotByTheAbsolutePathTheServerRead() {
        Path folder = Path.of("van-ban", "2025");
        Path file = Path.of("du-thao.docx");
        String inFolder = folder.toAbsolutePath().resolve("tháng 3/công văn hỏng.pdf").toString();
        String fileItself = file.toAbsolutePath().toString();
        IngestReport read = new IngestReport(3, 1, List.of(new IngestReport.Failure(inFolder, "không đọc được tệp"),
                new IngestReport.Failure(fileItself, "tệp rỗng"), new IngestReport.Failure("/somewhere/else.txt", "x")));

        IngestReport given = ServerIngest.asGiven(read, List.of(folder, file));

        assertThat(given.failed()).extracting(IngestReport.Failure::path).containsExactly(
                Path.of("van-ban", "2025", "tháng 3", "công văn hỏng.pdf").toString(), "du-thao.docx", "/somewhere/else.txt");
        assertThat(given.failed()).extracting(IngestReport.Failure::error).containsExactly("không đọc được tệp", "tệp rỗng", "x");
        assertThat(given.ingested()).isEqualTo(3);
        assertThat(given.unchanged()).isEqualTo(1);
    }
}
