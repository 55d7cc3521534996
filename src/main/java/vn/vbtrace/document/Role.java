package vn.vbtrace.document;

/** The part a body plays in a duty clause, with the word staff use for it. */
public enum Role {
    /** chủ trì */
    LEAD("chủ trì"),
    /** phối hợp */
    SUPPORT("phối hợp"),
    /** tham mưu */
    ADVISE("tham mưu"),
    /** thường trực, cơ quan thường trực */
    STANDING("thường trực"),
    /** báo cáo */
    REPORT("báo cáo"),
    /** thực hiện, thi hành, chịu trách nhiệm */
    EXECUTE("thực hiện");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    /** The role as staff write it: "chủ trì", "phối hợp", ... */
    public String label() {
        return label;
    }

    /** The role of a name as the graph and the task index store it ({@link #name()}); null for none. */
    public static Role fromName(String name) {
        return name == null || name.isBlank() ? null : valueOf(name);
    }

    /** The label of a role, null for none. */
    public static String labelOf(Role role) {
        return role == null ? null : role.label;
    }
}
