package vn.vbtrace.reorg;

import java.time.LocalDate;

/** One row of {@code vocab/successions.tsv}: {@code old} became (part of) {@code successor} from {@code since}. */
public record Succession(Kind kind, String old, String successor, LocalDate since, String basis, String source) {

    /** What kind of body the row is about; a provincial department's row applies in every province. */
    public enum Kind {
        MINISTRY, SO, DISTRICT, PROVINCE
    }
}
