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
        CommandLine cli = VbtraceCommand.commandLine();
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
        assertThat(unlinked.err()).contains("no chain of references links 1852/QĐ-UBND and 9999/QĐ-XYZ");
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
        assertThat(byNumber.get("1852/QĐ-UBND").get("messages").get(0).asString()).contains("2020-10-15", "2020-10-14");
        // Cited, not held: the check says which dates the repository's documents give it, and they disagree.
        assertThat(verdicts(byNumber.get("1322/QĐ-TTg"))).containsExactly("NOT_FOUND");
        assertThat(byNumber.get("1322/QĐ-TTg").get("messages").get(0).asString())
                .contains("1852/QĐ-UBND dates it 2020-08-31", "4258/BKHCN-TĐC dates it 2020-08-30");
        assertThat(verdicts(byNumber.get("2101/QĐ-UBND"))).containsExactly("NOT_FOUND", "ISSUED_AFTER_DRAFT");
        assertThat(run.json().get("summary").get("ok").asInt()).isEqualTo(1);
        assertThat(run.json().get("summary").get("problems").asInt()).isEqualTo(3);
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
                "vbtrace status: no document numbered 9999/QĐ-XYZ in the repository, nor cited by any document in it");
    }

    @Test
    void programsListsTheProgramsAndRefusesAnUnknownOne() {
        Run all = run("programs", "--data", data.toString(), "--json");
        assertThat(all.status()).as(all.err()).isZero();
        assertThat(all.json().get("programs").isArray()).isTrue();
        Run unknown = run("programs", "9999/QĐ-XYZ", "--data", data.toString(), "--json");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.json().get("error").asString()).startsWith("no program 9999/QĐ-XYZ in the repository");
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
    }

    private static java.util.List<String> verdicts(JsonNode citation) {
        return citation.get("verdicts").valueStream().map(JsonNode::asString).toList();
    }

    @Test
    void badInputGetsOneStderrLineAndExitOne() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.txt"));
        Run missing = run("extract", dir.resolve("nope.txt").toString(), "--json");
        assertThat(missing.status()).isEqualTo(1);
        assertThat(missing.err().strip()).contains("no such file").doesNotContain("\n");
        assertThat(missing.json().get("error").asString()).contains("no such file");

        Run emptyFile = run("extract", empty.toString());
        assertThat(emptyFile.status()).isEqualTo(1);
        assertThat(emptyFile.err().strip()).endsWith("empty file");

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
        assertThat(run.json().get("failed").get(0).get("error").asString()).isEqualTo("binary content in a text file");
        assertThat(run.err()).contains("noise.txt: binary content in a text file");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("chain").status()).isEqualTo(2);
        assertThat(run("frobnicate").status()).isEqualTo(2);
        assertThat(run("chain", "1322/QĐ-TTg", "--direction", "sideways").status()).isEqualTo(2);
    }

    /** Issue 9, point 5 (and 12, point 5): a usage error is caught before any store of the data folder opens. */
    @Test
    void usageErrorsExitTwoBeforeAnyDatabaseStarts() {
        Path fresh = dir.resolve("never-opened");
        assertThat(run("chain", "1322/QĐ-TTg", "--depth", "100", "--data", fresh.toString()).status()).isEqualTo(2);
        assertThat(run("chain", "1322/QĐ-TTg", "--limit", "0", "--data", fresh.toString()).status()).isEqualTo(2);
        assertThat(run("chain", "1322/QĐ-TTg", "--to", "1322/qd-ttg", "--data", fresh.toString()).status()).isEqualTo(2);
        assertThat(run("search", "kinh phí", "--limit", "0", "--data", fresh.toString()).status()).isEqualTo(2);
        assertThat(run("search", "kinh phí", "--offset", "-1", "--data", fresh.toString()).status()).isEqualTo(2);
        assertThat(run("status", "1322/QĐ-TTg", "--set", "EXPIRED", "--data", fresh.toString()).status()).isEqualTo(2);
        assertThat(run("serve", "--port", "70000", "--data", fresh.toString()).status()).isEqualTo(2);
        assertThat(fresh).as("no store was opened").doesNotExist();
    }
}
