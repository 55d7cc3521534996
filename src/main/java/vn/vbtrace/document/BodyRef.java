package vn.vbtrace.document;

/** A body as the graph keys it: its folded qualified name, its name and its province (null for a central body). */
public record BodyRef(String key, String name, String province) {

    /** The name staff write, with the province: "Sở Tài chính tỉnh Bắc Kạn". */
    public String qualifiedName() {
        return province == null ? name : name + " tỉnh " + province;
    }
}
