package vn.vbtrace.parse;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 12, points 4 and 6: hostile files, generated here, are refused (or read within bounds) by the parser
 * with a clear Vietnamese message and a stable code, within bounds of time and memory a user can count on.
 */
class HostileFilesTests {

    static final long MB = 1024 * 1024;
    static DocumentParser parser;

    @BeforeAll
    static void warmUp() throws Exception {
        // Tika's parsers load on first use; that is not the hostile file's time.
        parser = new DocumentParser(ParseLimits.DEFAULT);
        parser.parse("warm.docx", HostileFiles.docx(List.of("Sở Tài chính"), List.of()));
        parser.parse("warm.pdf", HostileFiles.pdf("warm", null));
    }

    /** The file: a 6 MB DOCX that unpacks to 1.5 GB drove the server to 6.9 GB for 84 s. */
    @Test
    void aDocxThatUnpacksTo1Point5GigabytesIsRefusedWithin10SecondsAndLittleMemory() throws Exception {
        byte[] bomb = HostileFiles.zipBombDocx(1_500_000_000L, false);
        assertThat((long) bomb.length).as("the bomb's size").isBetween(5 * MB, 7 * MB);
        Measured refusal = measure(() -> parser.parse("bomb.docx", bomb));
        System.out.printf("HostileFilesTests: 1.5 GB docx bomb (%.1f MB) refused in %d ms, heap peak +%d MB%n",
                bomb.length / (double) MB, refusal.millis(), refusal.extraHeap() / MB);
        assertThat(refusal.failure()).isInstanceOf(ParseException.class).hasMessageContaining("bom nén");
        assertThat(((ParseException) refusal.failure()).code()).isEqualTo("zip-bomb");
        assertThat(refusal.millis()).isLessThan(10_000);
        assertThat(refusal.extraHeap()).isLessThan(300 * MB);
    }

    /** The same bomb with headers that declare 1 MB: the unpacking is counted, not trusted. */
    @Test
    void aBombWhoseHeadersLieIsRefusedByCountingWhatItUnpacks() throws Exception {
        byte[] bomb = HostileFiles.zipBombDocx(1_500_000_000L, true);
        Measured refusal = measure(() -> parser.parse("liar.docx", bomb));
        System.out.printf("HostileFilesTests: lying 1.5 GB docx bomb refused in %d ms, heap peak +%d MB%n",
                refusal.millis(), refusal.extraHeap() / MB);
        assertThat(refusal.failure()).isInstanceOf(ParseException.class).hasMessageContaining("giải nén thực tế");
        assertThat(refusal.millis()).isLessThan(10_000);
        assertThat(refusal.extraHeap()).isLessThan(300 * MB);
    }

    /** Not every large docx is a bomb: 20,000 paragraphs of varied text (about 4 MB of XML) are read, whole. */
    @Test
    void anOrdinaryLargeDocxIsStillRead() throws Exception {
        Random random = new Random(3);
        String[] words = {"Sở", "Tài", "chính", "chủ", "trì", "phối", "hợp", "với", "các", "cơ", "quan", "bố", "trí", "kinh",
                "phí", "thực", "hiện", "kế", "hoạch", "năm", "báo", "cáo", "Ủy", "ban", "nhân", "dân", "tỉnh", "trước", "ngày"};
        List<String> paragraphs = new java.util.ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            StringBuilder p = new StringBuilder(i + ". ");
            for (int w = 0; w < 25; w++) {
                p.append(words[random.nextInt(words.length)]).append(' ');
            }
            paragraphs.add(p.toString().strip());
        }
        byte[] docx = HostileFiles.docx(paragraphs, List.of());
        Measured read = measure(() -> parser.parse("large.docx", docx));
        System.out.printf("HostileFilesTests: ordinary docx of %.1f MB read in %d ms%n", docx.length / (double) MB, read.millis());
        assertThat(read.failure()).isNull();
        assertThat(read.text()).contains("19999. ").doesNotContain("<w:");
    }

    /** A docx inside a docx, 30 deep: the embedded documents are not opened at all, so the work stays one document's. */
    @Test
    void aDocxNested30DeepIsReadAsItsOuterDocumentOnly() throws Exception {
        byte[] nested = HostileFiles.nestedDocx(30);
        Measured read = measure(() -> parser.parse("nested.docx", nested));
        assertThat(read.failure()).isNull();
        assertThat(read.text()).contains("Tầng 1: Kế hoạch số 1/KH-UBND.").doesNotContain("Tầng 2");
        assertThat(read.millis()).isLessThan(10_000);
    }

    /** XML nested 100,000 deep inside a docx: refused by the XML depth limit, with its own code. */
    @Test
    void deeplyNestedXmlInADocxIsRefused() throws Exception {
        String deep = "<w:p>".repeat(100_000) + "</w:p>".repeat(100_000);
        byte[] docx = HostileFiles.docx(List.of("x</w:t></w:r></w:p>" + deep + "<w:p><w:r><w:t>y"), List.of());
        Measured refusal = measure(() -> parser.parse("deep.docx", docx));
        assertThat(refusal.failure()).isInstanceOf(ParseException.class).hasMessageStartingWith("tệp có các phần tử lồng nhau quá sâu");
        assertThat(((ParseException) refusal.failure()).code()).isEqualTo("nesting-too-deep");
        assertThat(refusal.millis()).isLessThan(10_000);
    }

    /** A web page of 100,000 nested divs: refused after one parse, quickly (a real page has a few dozen levels). */
    @Test
    void aWebPageNested100000DeepIsRefusedWithinBounds() throws Exception {
        String html = "<html><body>" + "<div>".repeat(100_000) + "Sở Tài chính chủ trì" + "</div>".repeat(100_000) + "</body></html>";
        Measured refusal = measure(() -> parser.parse("deep.html", html.getBytes(StandardCharsets.UTF_8)));
        System.out.printf("HostileFilesTests: 100,000-deep web page refused in %d ms%n", refusal.millis());
        assertThat(refusal.failure()).isInstanceOf(ParseException.class)
                .hasMessageStartingWith("trang web có các phần tử lồng nhau quá sâu (100003 tầng, tối đa 1000)");
        assertThat(((ParseException) refusal.failure()).code()).isEqualTo("nesting-too-deep");
        assertThat(refusal.millis()).isLessThan(10_000);
        String ordinary = "<html><body>" + "<div>".repeat(40) + "Sở Tài chính chủ trì" + "</div>".repeat(40) + "</body></html>";
        assertThat(parser.parse("ok.html", ordinary.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo("Sở Tài chính chủ trì");
    }

    /** More text than any document: refused by counting, before a copy of it is made. */
    @Test
    void aHugeTextIsRefusedWithoutDecodingIt() throws Exception {
        byte[] line = "Sở Tài chính chủ trì, phối hợp với các cơ quan liên quan bố trí kinh phí thực hiện.\n".getBytes(StandardCharsets.UTF_8);
        byte[] huge = new byte[60 * (int) MB];
        for (int at = 0; at + line.length <= huge.length; at += line.length) {
            System.arraycopy(line, 0, huge, at, line.length);
        }
        java.util.Arrays.fill(huge, huge.length - (huge.length % line.length), huge.length, (byte) '\n');
        Measured refusal = measure(() -> parser.parse("huge.txt", huge));
        System.out.printf("HostileFilesTests: 60 MB text refused in %d ms, heap peak +%d MB%n", refusal.millis(), refusal.extraHeap() / MB);
        assertThat(refusal.failure()).isInstanceOf(ParseException.class).hasMessageStartingWith("tệp chứa quá nhiều chữ: tối đa 20000000 ký tự");
        assertThat(((ParseException) refusal.failure()).code()).isEqualTo("too-many-characters");
        assertThat(refusal.millis()).isLessThan(10_000);
        assertThat(refusal.extraHeap()).as("no decoded copy of the 60 MB").isLessThan(60 * MB);
    }

    /** The citation flood (100,000 citation lines, 4.5 MB) is ordinary text to the parser: read at once. */
    @Test
    void aCitationFloodIsReadQuickly() throws Exception {
        byte[] flood = citationFlood(100_000);
        assertThat(flood.length).isGreaterThan(4 * (int) MB);
        Measured read = measure(() -> parser.parse("flood.txt", flood));
        System.out.printf("HostileFilesTests: citation flood of %.1f MB parsed in %d ms%n", flood.length / (double) MB, read.millis());
        assertThat(read.failure()).isNull();
        assertThat(read.text()).startsWith("Căn cứ Quyết định số 1/QĐ-UBND ngày 01/01/2020");
        assertThat(read.millis()).isLessThan(10_000);
    }

    @Test
    void anEncryptedPdfIsRefusedAndAnOpenOneIsRead() throws Exception {
        assertThat(parser.parse("open.pdf", HostileFiles.pdf("Quyet dinh so 12/QD-UBND", null)).text()).contains("Quyet dinh so 12/QD-UBND");
        byte[] locked = HostileFiles.pdf("Quyet dinh so 12/QD-UBND", "mat-khau");
        assertThatThrownBy(() -> parser.parse("locked.pdf", locked))
                .isInstanceOf(ParseException.class).hasMessage("tệp được mã hoá (có mật khẩu): hãy gửi bản không mã hoá")
                .satisfies(e -> assertThat(((ParseException) e).code()).isEqualTo("file-encrypted"));
    }

    @Test
    void aTruncatedPdfIsRefused() throws Exception {
        byte[] pdf = HostileFiles.pdf("Quyet dinh so 12/QD-UBND", null);
        byte[] cut = java.util.Arrays.copyOf(pdf, pdf.length / 2);
        assertThatThrownBy(() -> parser.parse("cut.pdf", cut))
                .isInstanceOf(ParseException.class).hasMessage("tệp PDF bị cắt cụt (không có dấu %%EOF ở cuối)")
                .satisfies(e -> assertThat(((ParseException) e).code()).isEqualTo("file-truncated"));
    }

    @Test
    void binaryBytesNamedTxtAreRefused() {
        byte[] noise = new byte[1 << 20];
        new Random(7).nextBytes(noise);
        assertThatThrownBy(() -> parser.parse("noise.txt", noise))
                .isInstanceOf(ParseException.class).hasMessage("tệp .txt chứa dữ liệu nhị phân, không phải chữ")
                .satisfies(e -> assertThat(((ParseException) e).code()).isEqualTo("binary-as-text"));
    }

    /** N lines each citing a different decision: the file that kept uploads waiting for more than 7 minutes. */
    public static byte[] citationFlood(int lines) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= lines; i++) {
            text.append("Căn cứ Quyết định số ").append(i).append("/QĐ-UBND ngày 01/01/2020;\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    record Measured(long millis, long extraHeap, Throwable failure, String text) {
    }

    interface Parse {
        ParsedFile run() throws Exception;
    }

    /** Time, and the heap's peak above what it held before, sampled every few milliseconds while the parse runs. */
    static Measured measure(Parse parse) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        Throwable failure = null;
        String text = null;
        try {
            text = parse.run().text();
        } catch (Throwable e) {
            failure = e;
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        running.set(false);
        sampler.join();
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return new Measured(millis, Math.max(0, peak.get() - before), failure, text);
    }
}
