package vn.vbtrace.document;

/**
 * A body the document names, normalized: one entry per distinct body.
 *
 * @param name     canonical name ("Sở Khoa học và Công nghệ" for "Sở KH&CN" and "SKHCN")
 * @param province the province it belongs to, or null for a central body
 * @param parent   canonical name of the body it is part of ("Chi cục Tiêu chuẩn Đo lường Chất lượng"
 *                 is part of "Sở Khoa học và Công nghệ"), or null
 */
public record Body(String name, String province, String parent) {

    public String qualifiedName() {
        return province == null ? name : name + " tỉnh " + province;
    }
}
