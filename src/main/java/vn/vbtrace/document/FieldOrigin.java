package vn.vbtrace.document;

import java.util.List;

/**
 * Where one metadata field came from.
 *
 * @param source      the part of the text that gave the value
 * @param start       where that part is written in the normalized text (-1 when it is no one span)
 * @param end         its end
 * @param completedBy the part that completed the value, if another one did: a header's "ỦY BAN NHÂN DÂN"
 *                    with the province of the authority line or of the portal panel; null otherwise
 * @param others      what other parts of the text say when it differs (a portal panel that disagrees with
 *                    the header is kept here; the header wins)
 */
public record FieldOrigin(FieldSource source, int start, int end, FieldSource completedBy, List<Reading> others) {

    /** A value another part of the text gives for the field, as written there. */
    public record Reading(FieldSource source, String value) {
    }

    public FieldOrigin {
        others = others == null ? List.of() : List.copyOf(others);
    }
}
