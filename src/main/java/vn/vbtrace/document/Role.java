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

    /** The label of a role's name as the graph and JSON carry it; an unknown name is returned as it is. */
    public static String labelOf(String name) {
        if (name == null) {
            return null;
        }
        for (Role role : values()) {
            if (role.name().equals(name)) {
                return role.label;
            }
        }
        return name;
    }
}
