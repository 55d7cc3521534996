package vn.vbtrace.document;

/**
 * Where a metadata field was read, so a wrong value can be traced to the part of the text that gave it.
 * The names are stable codes of the JSON.
 */
public enum FieldSource {
    /** The document's own header: issuer block, "Số: ...", "place, ngày ...". */
    HEADER,
    /** The authority line above the legal basis ("ỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ" / "Căn cứ ..."). */
    AUTHORITY_LINE,
    /** A portal's attribute panel ("Số hiệu:", "Nơi ban hành:", "Ngày ban hành:" ...). */
    PORTAL_PANEL,
    /** A portal page's own title or lead line ("Công văn 2928/SGDĐT-KHTC ngày 21/09/2022 ..."). */
    PAGE_TITLE,
    /** The codes of the document's own number (QĐ: Quyết định; BYT: Bộ Y tế). */
    NUMBER,
    /** The place of the header's place-and-date line, when it names a province. */
    PLACE_LINE,
    /**
     * The list of districts (districts.tsv): the province of a district the header names without it ("QUẬN 8"); or a
     * town named after its province, that province's capital ("THỊ XÃ HÀ GIANG").
     */
    DISTRICT_LIST,
    /** The type heading ("QUYẾT ĐỊNH") and the title under it, or a letter's "V/v" line. */
    TYPE_HEADING,
    /** The operative formula before the articles ("QUYẾT ĐỊNH:", "QUYẾT NGHỊ:"). */
    OPERATIVE_FORMULA,
    /** The form of a letter: addressed with "Kính gửi", no type heading. */
    LETTER_FORM,
    /** An opening or closing sentence that names the issuer ("Bộ Y tế hướng dẫn ..."). */
    BODY_TEXT,
    /** The signature block. */
    SIGNATURE,
    /** A saved page's attachment list ("Tệp đính kèm: Thông báo số 31/TB-BKHCN ..."). */
    ATTACHMENT
}
