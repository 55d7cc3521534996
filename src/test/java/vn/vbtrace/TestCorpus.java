package vn.vbtrace;

import java.nio.file.Files;
import java.nio.file.Path;

/** The shipped corpus, as the tests find it from the project folder. */
public final class TestCorpus {

    public static final Path ROOT = Path.of("corpus");
    public static final Path NOTICE_2013 = ROOT.resolve("2013-09-20_thong-bao-ket-luan-hoi-nghi-chuong-trinh-712.txt");
    public static final Path NOTICE_31_TB = ROOT.resolve("2020-01-08_31-TB-BKHCN_thong-bao-ket-luan-hoi-nghi-2019.txt");
    public static final Path LETTER_4258 = ROOT.resolve("2023-11-17_4258-BKHCN-TDC_cong-van-bao-cao-1322.txt");
    public static final Path DECISION_1852 = ROOT.resolve("2020-10-14_1852-QD-UBND_bac-kan-ke-hoach-1322.txt");
    public static final Path HAU_GIANG_PLAN = ROOT.resolve("hau-giang_ke-hoach-du-an-nang-suat-chat-luong-2016-2020.txt");
    public static final Path DECISION_1852_PDF = ROOT.resolve("renditions/1852-QD-UBND_bac-kan-ke-hoach-1322.pdf");
    public static final Path LETTER_4258_DOCX = ROOT.resolve("renditions/4258-BKHCN-TDC_cong-van-bao-cao-1322.docx");
    public static final Path DECISION_1852_HTML = ROOT.resolve("renditions/1852-QD-UBND_portal-page.html");

    /** The five text originals. */
    public static final java.util.List<Path> TEXTS = java.util.List.of(NOTICE_2013, NOTICE_31_TB, LETTER_4258, DECISION_1852, HAU_GIANG_PLAN);

    private TestCorpus() {
    }

    /** A Lucene index on disk holding the five texts, through the real pipeline. */
    public static vn.vbtrace.index.SearchIndex indexTexts(Path dir) throws vn.vbtrace.parse.ParseException {
        vn.vbtrace.index.SearchIndex index = vn.vbtrace.index.SearchIndex.openWritable(dir);
        vn.vbtrace.ingest.Pipeline pipeline = new vn.vbtrace.ingest.Pipeline();
        for (Path file : TEXTS) {
            index.put(pipeline.process(file.getFileName().toString(), bytes(file), file.toString()));
        }
        return index;
    }

    public static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
