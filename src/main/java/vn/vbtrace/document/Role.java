package vn.vbtrace.document;

/** The part a body plays in a duty clause. */
public enum Role {
    /** chủ trì */
    LEAD,
    /** phối hợp */
    SUPPORT,
    /** tham mưu */
    ADVISE,
    /** thường trực, cơ quan thường trực */
    STANDING,
    /** báo cáo */
    REPORT,
    /** thực hiện, thi hành, chịu trách nhiệm */
    EXECUTE
}
