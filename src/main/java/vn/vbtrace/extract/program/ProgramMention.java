package vn.vbtrace.extract.program;

/**
 * One full naming of a program or project in the text: "Chương trình quốc gia “Nâng cao năng
 * suất ... đến năm 2020”", "Dự án “... tỉnh Hậu Giang giai đoạn 2016 - 2020”".
 *
 * @param head the head words as written ("Chương trình quốc gia", "Dự án", "Kế hoạch")
 * @param name the whole name as written, whitespace collapsed
 */
record ProgramMention(String head, String name, Integer fromYear, Integer toYear, int start, int end) {
}
