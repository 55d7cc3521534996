package vn.vbtrace.document;

/**
 * A national program or a provincial project that a document approves, implements or names.
 *
 * @param key         stable identity: the approving document's number key when known, else the folded name
 * @param name        the full name as written ("Chương trình quốc gia nâng cao năng suất ... giai đoạn 2021-2030")
 * @param shortName   the short form the text uses for it afterwards ("Chương trình", "Đề án"), or null
 * @param kind        NATIONAL or PROVINCIAL
 * @param fromYear    first year of its period, or null when the text gives none
 * @param toYear      last year of its period ("đến năm 2020" gives 2020), or null
 * @param approvedBy  number of the document that approves it ("1322/QĐ-TTg"), or null
 * @param succeeds    key of the program it continues (the 2021-2030 program succeeds the one to 2020), or null
 * @param start       offset of the mention the entity was built from, in the normalized text
 * @param end         end of that mention
 */
public record Program(
        String key,
        String name,
        String shortName,
        String kind,
        Integer fromYear,
        Integer toYear,
        String approvedBy,
        String succeeds,
        int start,
        int end) {
}
