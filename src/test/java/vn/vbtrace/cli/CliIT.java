package vn.vbtrace.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import vn.vbtrace.TestCorpus;
import vn.vbtrace.document.Json;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands of CONTRACT.md as a script calls them: exit status, stdout JSON, one stderr line. */
class CliIT {

    @TempDir
    static Path dir;
    static Path data;

    record Run(int status, String out, String err) {
        JsonNode json() {
            return Json.mapper().readTree(out);
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = VbtraceCommand.commandLine(args);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @BeforeAll
    static void ingestCorpus() {
        data = dir.resolve("data");
        Run ingest = run("ingest", TestCorpus.ROOT.toString(), "--data", data.toString(), "--json");
        assertThat(ingest.status()).as(ingest.err()).isZero();
        assertThat(ingest.json().get("failed").size()).isZero();
    }

    @Test
    void extractPrintsTheDecisionsMetadataAndBasis() {
        Run run = run("extract", TestCorpus.DECISION_1852.toString(), "--json");
        assertThat(run.status()).isZero();
        JsonNode doc = run.json().get("document");
        assertThat(doc.get("number").asString()).isEqualTo("1852/QĐ-UBND");
        assertThat(doc.get("issuer").asString()).isEqualTo("UBND tỉnh Bắc Kạn");
        assertThat(doc.get("issuedDate").asString()).isEqualTo("2020-10-14");
        // issue 10: where each field was read
        assertThat(doc.get("provenance").get("number").get("source").asString()).isEqualTo("HEADER");
        assertThat(doc.get("provenance").get("issuer").get("source").asString()).isEqualTo("HEADER");
        assertThat(run.json().get("references").valueStream()
                .anyMatch(r -> r.get("number").asString("").equals("1322/QĐ-TTg")
                        && r.get("relation").asString().equals("BASED_ON")
                        && r.get("date").asString().equals("2020-08-31"))).isTrue();
    }

    @Test
    void searchFindsSoTaiChinhWithoutDiacritics() {
        Run run = run("search", "so tai chinh", "--data", data.toString(), "--json");
        assertThat(run.status()).isZero();
        assertThat(run.json().get("hits").valueStream().map(h -> h.get("number").asString(""))).contains("1852/QĐ-UBND");
        // In text, a hit in a duty of a body merged in 2025 prints who holds it today under its passage.
        Run text = run("search", "so tai chinh tham muu bo tri kinh phi", "--data", data.toString());
        assertThat(text.status()).as(text.err()).isZero();
        assertThat(text.out()).contains("Mục IV, khoản 4 — Sở Tài chính (ADVISE)")
                .contains("\n    Sở Tài chính tỉnh Bắc Kạn → nay: Sở Tài chính tỉnh Thái Nguyên, theo Nghị quyết 202/2025/QH15 (từ 01/07/2025)\n");
    }

    /** Issue 11, point 3: --mode all finds only documents with every word; another mode is a usage error (exit 2). */
    @Test
    void searchInAllWordsModeAndAQuotedPhrase() {
        Run all = run("search", "Sở Tài chính", "--mode", "all", "--data", data.toString(), "--json");
        assertThat(all.status()).as(all.err()).isZero();
        assertThat(all.json().get("hits").valueStream().map(h -> h.get("number").asString(""))).contains("1852/QĐ-UBND")
                .doesNotContain("4258/BKHCN-TĐC");
        Run quoted = run("search", "\"Sở Tài chính\"", "--data", data.toString(), "--json");
        assertThat(quoted.json().get("total").asInt()).isEqualTo(2);
        Run bad = run("search", "Sở Tài chính", "--mode", "some", "--data", data.toString());
        assertThat(bad.status()).isEqualTo(2);
    }

    /** Issue 16, point 2: any declared filter by its parameter name (--filter), beside the options of the common ones. */
    @Test
    void searchTakesEveryDeclaredFilterByName() {
        Run bacKan = run("search", "kế hoạch", "--filter", "province=bac kan", "--data", data.toString(), "--json");
        assertThat(bacKan.status()).as(bacKan.err()).isZero();
        assertThat(bacKan.json().get("hits").valueStream().map(h -> h.get("number").asString(""))).containsExactly("1852/QĐ-UBND");
        assertThat(bacKan.json().get("facets").get("province").get("Bắc Kạn").asLong()).isEqualTo(1L);
        Run option = run("search", "kế hoạch", "--province", "Bắc Kạn", "--from", "2020", "--data", data.toString(), "--json");
        assertThat(option.json().get("hits").valueStream().map(h -> h.get("number").asString(""))).containsExactly("1852/QĐ-UBND");
        Run unknown = run("search", "kế hoạch", "--filter", "tinh=bac kan", "--data", data.toString());
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).contains("không có bộ lọc \"tinh\"");
    }

    @Test
    void chainDownFrom1322() {
        Run run = run("chain", "1322/QĐ-TTg", "--direction", "down", "--depth", "2", "--data", data.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.json().get("nodes").valueStream().map(n -> n.get("number").asString("")))
                .contains("1852/QĐ-UBND", "4258/BKHCN-TĐC");
    }

    @Test
    void pathBetweenTheBacKanPlanAndTheMinistryLetterGoesThrough1322() {
        Run run = run("chain", "1852/QĐ-UBND", "--to", "4258/BKHCN-TĐC", "--data", data.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.json().get("nodes").valueStream().map(n -> n.get("number").asString()))
                .containsExactly("1852/QĐ-UBND", "1322/QĐ-TTg", "4258/BKHCN-TĐC");
        assertThat(run.json().get("edges").valueStream().map(e -> e.get("relation").asString())).contains("IMPLEMENTS");
        Run unlinked = run("chain", "1852/QĐ-UBND", "--to", "9999/QĐ-XYZ", "--data", data.toString());
        assertThat(unlinked.status()).isEqualTo(1);
        assertThat(unlinked.err()).contains("không có chuỗi dẫn chiếu nào nối 1852/QĐ-UBND với 9999/QĐ-XYZ");
    }

    @Test
    void responsibleNamesSoTaiChinhForBoTriKinhPhi() {
        Run run = run("responsible", "ai bố trí kinh phí", "--data", data.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.json().get("answers").valueStream()
                .anyMatch(a -> a.get("body").asString().equals("Sở Tài chính")
                        && a.get("document").get("number").asString("").equals("1852/QĐ-UBND"))).isTrue();
    }

    @Test
    void checkFlagsTheLettersDateOf1322AsUnconfirmed() throws Exception {
        Path draft = dir.resolve("draft.txt");
        Files.writeString(draft, "Căn cứ Quyết định số 1852/QĐ-UBND ngày 14/10/2020 của UBND tỉnh Bắc Kạn;\n"
                + "Căn cứ Quyết định số 1852/QĐ-UBND ngày 15/10/2020 của UBND tỉnh Bắc Kạn;\n"
                + "Căn cứ Quyết định số 9999/QĐ-UBND ngày 01/01/2021 của UBND tỉnh Bắc Kạn;\n");
        Run run = run("check", draft.toString(), "--data", data.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode citations = run.json().get("citations");
        assertThat(citations.get(0).get("verdicts").get(0).asString()).isEqualTo("OK");
        assertThat(citations.get(1).get("verdicts").valueStream().map(JsonNode::asString)).contains("DATE_MISMATCH");
        assertThat(citations.get(2).get("verdicts").valueStream().map(JsonNode::asString)).contains("NOT_FOUND");
    }

    @Test
    void checkOfTheShippedDraftGivesEachCitationItsVerdict() {
        Run run = run("check", "src/test/resources/drafts/du-thao-ke-hoach-2024.txt", "--data", data.toString(), "--json");
        assertThat(run.status()).as(run.err()).isZero();
        java.util.Map<String, JsonNode> byNumber = new java.util.LinkedHashMap<>();
        run.json().get("citations").valueStream().forEach(c -> byNumber.putIfAbsent(c.get("number").asString(""), c));
        assertThat(byNumber).containsOnlyKeys("1322/QĐ-TTg", "1852/QĐ-UBND", "4258/BKHCN-TĐC", "2101/QĐ-UBND");
        assertThat(verdicts(byNumber.get("4258/BKHCN-TĐC"))).containsExactly("OK");
        assertThat(verdicts(byNumber.get("1852/QĐ-UBND"))).containsExactly("DATE_MISMATCH");
        assertThat(byNumber.get("1852/QĐ-UBND").get("messages").get(0).asString()).contains("15/10/2020", "14/10/2020");
        // Cited, not held, no catalog imported: known from the 2 documents citing it, which disagree on its date (issue 14).
        assertThat(verdicts(byNumber.get("1322/QĐ-TTg"))).containsExactly("OK");
        assertThat(byNumber.get("1322/QĐ-TTg").get("messages").get(0).asString())
                .contains("2 văn bản trong kho trích dẫn", "1 văn bản ghi ngày 31/8/2020", "1 văn bản ghi ngày 30/8/2020");
        assertThat(byNumber.get("1322/QĐ-TTg").get("evidence").get("citers").asInt()).isEqualTo(2);
        assertThat(verdicts(byNumber.get("2101/QĐ-UBND"))).containsExactly("NOT_FOUND", "ISSUED_AFTER_DRAFT");
        assertThat(run.json().get("summary").get("ok").asInt()).isEqualTo(2);
        assertThat(run.json().get("summary").get("problems").asInt()).isEqualTo(2);
    }

    @Test
    void staffRecordTheStatusOfACitedCircularAndReadItBack() {
        Run set = run("status", "20/2010/TT-BKHCN", "--set", "EXPIRED", "--note", "Hết hiệu lực theo QĐ X",
                "--by", "Nguyễn Văn A", "--data", data.toString(), "--json");
        assertThat(set.status()).as(set.err()).isZero();
        assertThat(set.json().get("status").asString()).isEqualTo("EXPIRED");
        assertThat(set.json().get("source").asString()).isEqualTo("STAFF");
        assertThat(set.json().get("setBy").asString()).isEqualTo("Nguyễn Văn A");

        Run read = run("status", "20/2010/tt-bkhcn", "--data", data.toString());
        assertThat(read.status()).as(read.err()).isZero();
        assertThat(read.out()).startsWith("20/2010/TT-BKHCN: EXPIRED (STAFF, Nguyễn Văn A on ").contains("Hết hiệu lực theo QĐ X");

        Run unknown = run("status", "9999/QĐ-XYZ", "--data", data.toString());
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err().lines()).containsExactly(
                "vbtrace status: không có văn bản số 9999/QĐ-XYZ trong kho, cũng không văn bản nào trong kho dẫn chiếu đến nó");
    }

    @Test
    void programsListsTheProgramsAndRefusesAnUnknownOne() {
        Run all = run("programs", "--data", data.toString(), "--json");
        assertThat(all.status()).as(all.err()).isZero();
        assertThat(all.json().get("programs")).hasSize(all.json().get("total").asInt());
        Run first = run("programs", "--limit", "1", "--data", data.toString(), "--json");
        Run second = run("programs", "--limit", "1", "--after", first.json().get("next").asString(), "--data", data.toString(), "--json");
        assertThat(java.util.List.of(first.json().get("programs").get(0).get("key").asString(), second.json().get("programs").get(0).get("key").asString()))
                .as("a page of one, then the next").isEqualTo(all.json().get("programs").valueStream().limit(2).map(p -> p.get("key").asString()).toList());
        assertThat(run("programs", "--limit", "0", "--data", data.toString()).status()).isEqualTo(2);
        Run unknown = run("programs", "9999/QĐ-XYZ", "--data", data.toString(), "--json");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.json().get("error").asString()).startsWith("không có chương trình 9999/QĐ-XYZ trong kho");
    }

    @Test
    void checkOfADraftWithoutCitationsHasNothingToFlag() throws Exception {
        Path draft = dir.resolve("no-citations.txt");
        Files.writeString(draft, "KẾ HOẠCH\nTổ chức hội nghị tổng kết năm 2024.\nSở Khoa học và Công nghệ chủ trì thực hiện.\n");
        Run run = run("check", draft.toString(), "--data", data.toString(), "--json");
        assertThat(run.status()).isZero();
        assertThat(run.json().get("citations").size()).isZero();
        assertThat(run.json().get("summary").get("problems").asInt()).isZero();
    }

    @Test
    void responsibleFiltersByProvinceAndDocument() {
        Run bacKan = run("responsible", "bo tri kinh phi", "--province", "Bắc Kạn", "--data", data.toString(), "--json");
        assertThat(bacKan.status()).as(bacKan.err()).isZero();
        assertThat(bacKan.json().get("answers").valueStream().map(a -> a.get("document").get("number").asString("")))
                .isNotEmpty().allMatch("1852/QĐ-UBND"::equals);
        assertThat(bacKan.json().get("answers").get(0).get("body").asString()).isEqualTo("Sở Tài chính");
        // The table says who holds the duty today: Bắc Kạn became part of Thái Nguyên on 1/7/2025, and Sở Kế hoạch
        // và Đầu tư had become part of Sở Tài chính on 1/3/2025.
        Run table = run("responsible", "bo tri kinh phi", "--province", "Bắc Kạn", "--data", data.toString());
        assertThat(table.out()).contains("Sở Tài chính (ADVISE) — 1852/QĐ-UBND\n    Căn cứ khả năng ngân sách tham mưu")
                .contains("\n    Sở Tài chính tỉnh Bắc Kạn → nay: Sở Tài chính tỉnh Thái Nguyên, theo Nghị quyết 202/2025/QH15 (từ 01/07/2025)\n");
        // Sở Kế hoạch và Đầu tư's duty there is to allocate investment capital ("bố trí vốn đầu tư"), asked as such (for
        // "bố trí kinh phí" the duties naming "kinh phí" now come first, as a rarer word weighs more).
        Run capital = run("responsible", "bố trí vốn đầu tư", "--province", "Bắc Kạn", "--data", data.toString());
        assertThat(capital.out()).startsWith("Sở Kế hoạch và Đầu tư (ADVISE) — 1852/QĐ-UBND\n    Tham mưu phân bổ, bố trí")
                .contains("\n    Sở Kế hoạch và Đầu tư tỉnh Bắc Kạn → nay: Sở Tài chính tỉnh Thái Nguyên, theo Nghị định 45/2025/NĐ-CP");
        Run letter = run("responsible", "báo cáo kết quả năm 2023", "--document", "4258/bkhcn-tđc", "--data", data.toString(), "--json");
        assertThat(letter.json().get("answers").valueStream().map(a -> a.get("body").asString())).contains("Bộ Y tế", "Bộ Công Thương");
        assertThat(letter.json().get("answers").valueStream().map(a -> a.get("document").get("number").asString())).allMatch("4258/BKHCN-TĐC"::equals);
    }

    @Test
    void aQuestionWithNoAnswerSaysSo() {
        Run run = run("responsible", "ai phụ trách phóng tàu vũ trụ", "--data", data.toString(), "--json");
        assertThat(run.status()).isZero();
        assertThat(run.json().get("answers").size()).isZero();
    }

    @Test
    void obligationsOfAMinistryFlagTheMissed2023ReportAndOfASoTheYearlyOne() {
        Run ministry = run("obligations", "bo y te", "--today", "2026-11-21", "--data", data.toString(), "--json");
        assertThat(ministry.status()).as(ministry.err()).isZero();
        JsonNode report = ministry.json().get("obligations").valueStream()
                .filter(o -> o.get("document").get("number").asString("").equals("4258/BKHCN-TĐC")).findFirst().orElseThrow();
        assertThat(report.get("body").asString()).isEqualTo("Bộ Y tế");
        assertThat(report.get("role").asString()).isEqualTo("REPORT");
        assertThat(report.get("nextDue").asString()).isEqualTo("2023-11-30");
        assertThat(report.get("overdue").asBoolean()).isTrue();

        Run so = run("obligations", "Sở Công Thương", "--today", "2026-11-21", "--data", data.toString(), "--json");
        JsonNode yearly = so.json().get("obligations").get(0);
        assertThat(yearly.get("document").get("number").asString()).isEqualTo("1852/QĐ-UBND");
        assertThat(yearly.get("deadline").asString()).isEqualTo("yearly:--11-30");
        assertThat(yearly.get("nextDue").asString()).isEqualTo("2026-11-30");
        assertThat(yearly.get("recurring").asBoolean()).isTrue();
        assertThat(yearly.get("overdue").asBoolean()).isFalse();

        Run ics = run("obligations", "Sở Công Thương", "--today", "2026-11-21", "--format", "ics", "--data", data.toString());
        assertThat(ics.out()).contains("DTSTART;VALUE=DATE:20261130\r\nRRULE:FREQ=YEARLY");
        assertThat(run("obligations", "Sở Công Thương", "--today", "21/11/2026", "--data", data.toString()).status()).isEqualTo(2);

        // A page of one, then the next from its cursor: the list's first two; the counts are of every duty.
        Run one = run("obligations", "Sở Công Thương", "--today", "2026-11-21", "--limit", "1", "--data", data.toString(), "--json");
        Run two = run("obligations", "Sở Công Thương", "--today", "2026-11-21", "--limit", "1", "--after", one.json().get("next").asString(),
                "--data", data.toString(), "--json");
        assertThat(java.util.List.of(one.json().get("obligations").get(0), two.json().get("obligations").get(0)))
                .isEqualTo(so.json().get("obligations").valueStream().limit(2).toList());
        assertThat(one.json().get("total").asInt()).isEqualTo(so.json().get("obligations").size()).isGreaterThan(2);
        Run text = run("obligations", "Sở Công Thương", "--today", "2026-11-21", "--limit", "1", "--data", data.toString());
        assertThat(text.out()).startsWith(so.json().get("obligations").size() + " obligations of Sở Công Thương, 0 overdue (as of 2026-11-21)")
                .contains("\n    Sở Công Thương tỉnh Bắc Kạn → nay: Sở Công Thương tỉnh Thái Nguyên, theo Nghị quyết 202/2025/QH15")
                .contains("More: --after " + one.json().get("next").asString());
    }

    private static java.util.List<String> verdicts(JsonNode citation) {
        return citation.get("verdicts").valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void badInputGetsOneStderrLineAndExitOne() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Run missing = run("extract", dir.resolve("nope.txt").toString(), "--json");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err().strip()).contains("không có tệp").doesNotContain("\n");
        assertThat(missing.json().get("error").asString()).contains("không có tệp");

        Run emptyFile = run("extract", empty.toString());
        assertThat(emptyFile.status()).isEqualTo(1);
        assertThat(emptyFile.err().strip()).endsWith("tệp rỗng");

        Run unknown = run("chain", "9999/QĐ-XYZ", "--data", data.toString());
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("9999/QĐ-XYZ");
    }

    @Test
    void aFolderWithOneBadFileIngestsTheGoodOnesAndListsTheBadOne() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mixed"));
        Files.copy(TestCorpus.LETTER_4258, folder.resolve("letter.txt"));
        Files.write(folder.resolve("noise.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 7});
        Run run = run("ingest", folder.toString(), "--data", dir.resolve("mixed-data").toString(), "--json");
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.json().get("ingested").asInt()).isEqualTo(1);
        assertThat(run.json().get("failed").get(0).get("path").asString()).endsWith("noise.txt");
        assertThat(run.json().get("failed").get(0).get("error").asString()).isEqualTo("tệp .txt chứa dữ liệu nhị phân, không phải chữ");
        assertThat(run.err()).contains("noise.txt: tệp .txt chứa dữ liệu nhị phân, không phải chữ");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("chain").status()).isEqualTo(2);
        assertThat(run("frobnicate").status()).isEqualTo(2);
        assertThat(run("chain", "1322/QĐ-TTg", "--direction", "sideways").status()).isEqualTo(2);
    }

    /**
     * Issue 12, point 5: a usage error exits 2 with one line, before any database starts: the data folder named
     * does not even come into being.
     */
    @Test
    void usageErrorsExitTwoBeforeAnyStoreOpens() {
        Path untouched = dir.resolve("never-created");
        String folder = untouched.toString();
        Run deep = run("chain", "1322/QĐ-TTg", "--depth", "100", "--data", folder, "--json");
        assertThat(deep.status()).isEqualTo(2);
        assertThat(deep.err().strip().lines()).singleElement().asString()
                .isEqualTo("vbtrace chain: độ sâu phải từ 1 đến 10, không phải 100 (vbtrace chain --help)");
        assertThat(deep.json().get("error").asString()).isEqualTo("độ sâu phải từ 1 đến 10, không phải 100");
        assertThat(run("chain", "1322/QĐ-TTg", "--limit", "0", "--data", folder).status()).isEqualTo(2);
        Run same = run("chain", "1322/QĐ-TTg", "--to", "1322/qd-ttg", "--data", folder);
        assertThat(same.status()).isEqualTo(2);
        assertThat(same.err()).contains("hai đầu của chuỗi dẫn chiếu là cùng một văn bản");
        assertThat(run("search", "x", "--offset", "-1", "--data", folder).status()).isEqualTo(2);
        assertThat(run("search", "x", "--limit", "0", "--data", folder).status()).isEqualTo(2);
        assertThat(run("search", "x".repeat(1001), "--data", folder).status()).isEqualTo(2);
        assertThat(run("responsible", "x".repeat(1001), "--data", folder).status()).isEqualTo(2);
        assertThat(run("status", "1322/QĐ-TTg", "--note", "x", "--data", folder).status()).isEqualTo(2);
        assertThat(run("status", "1322/QĐ-TTg", "--set", "EXPIRED", "--data", folder).status()).isEqualTo(2);
        assertThat(run("status", "1322/QĐ-TTg", "--set", "GONE", "--note", "x", "--by", "A", "--data", folder).status()).isEqualTo(2);
        assertThat(run("serve", "--port", "70000", "--data", folder).status()).isEqualTo(2);
        assertThat(run("users", "add", "bad name", "--role", "editor", "--data", folder).status()).isEqualTo(2);
        assertThat(run("users", "add", "nva", "--role", "owner", "--data", folder).status()).isEqualTo(2);
        assertThat(untouched).doesNotExist();
    }

    /** Issue 12, point 1: users added from the command line, hashed in an owner-only file; a taken name fails with one line. */
    @Test
    void usersAreAddedWithAHashedPasswordInAnOwnerOnlyFile() throws Exception {
        Path folder = dir.resolve("users-data");
        Run added = runWithStdin("mat-khau-rat-dai\n", "users", "add", "nguyenvana", "--role", "editor", "--password-stdin",
                "--data", folder.toString(), "--json");
        assertThat(added.status()).as(added.err()).isZero();
        assertThat(added.json().get("role").asString()).isEqualTo("editor");
        Path file = folder.resolve("users.tsv");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        String stored = Files.readString(file);
        assertThat(stored).contains("nguyenvana\teditor\t{bcrypt}$2").doesNotContain("mat-khau-rat-dai");
        vn.vbtrace.security.UserStore users = new vn.vbtrace.security.UserStore(file);
        assertThat(users.matches(users.find("NguyenVanA").orElseThrow(), "mat-khau-rat-dai")).isTrue();
        assertThat(users.matches(users.find("nguyenvana").orElseThrow(), "mat-khau-sai")).isFalse();

        Run again = runWithStdin("khac-mat-khau\n", "users", "add", "NguyenVanA", "--role", "admin", "--password-stdin",
                "--data", folder.toString());
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.err().strip().lines()).containsExactly("vbtrace users add: người dùng NguyenVanA đã có");
        Run weak = runWithStdin("ngan\n", "users", "add", "tranthib", "--role", "viewer", "--password-stdin", "--data", folder.toString());
        assertThat(weak.status()).isEqualTo(1);
        assertThat(weak.err()).contains("mật khẩu cần ít nhất 8 ký tự");
        Run list = run("users", "list", "--data", folder.toString(), "--json");
        assertThat(list.json().get("users").valueStream().map(u -> u.get("name").asString() + ":" + u.get("role").asString()))
                .containsExactly("nguyenvana:editor");
    }

    static Run runWithStdin(String stdin, String... args) {
        java.io.InputStream before = UsersCommand.stdin;
        UsersCommand.stdin = new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        try {
            return run(args);
        } finally {
            UsersCommand.stdin = before;
        }
    }
}
