package vn.vbtrace.document;

/** How a document's effect clause sets the day it takes effect (see {@link EffectClause}). */
public enum EffectKind {
    /** "có hiệu lực kể từ ngày ký" or "kể từ ngày ban hành": the day it is signed. */
    ON_SIGNING,
    /** "có hiệu lực sau 10 ngày kể từ ngày ký": a number of days after signing. */
    AFTER_DAYS,
    /** "có hiệu lực từ ngày 01 tháng 01 năm 2021": a date of its own. */
    ON_DATE
}
