package vn.vbtrace.extract.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import vn.vbtrace.document.FieldOrigin;
import vn.vbtrace.document.FieldSource;

/**
 * The readings of one metadata field from the parts of a text, offered in order of trust (the header
 * first): the first one is the value; the others that say something different are kept beside it.
 */
final class FieldChoice<T> {

    private record Candidate<T>(FieldSource source, T value, String written, int start, int end,
                                FieldSource completedBy) {
    }

    private final List<Candidate<T>> candidates = new ArrayList<>();
    private final Function<T, String> key;

    /** {@code key}: what two readings must share to say the same thing (a number's lookup key, a folded name). */
    FieldChoice(Function<T, String> key) {
        this.key = key;
    }

    FieldChoice<T> offer(FieldSource source, T value, String written, int start, int end) {
        return offer(source, value, written, start, end, null);
    }

    FieldChoice<T> offer(FieldSource source, T value, String written, int start, int end, FieldSource completedBy) {
        if (value != null) {
            candidates.add(new Candidate<>(source, value, written, start, end, completedBy));
        }
        return this;
    }

    T value() {
        return candidates.isEmpty() ? null : candidates.get(0).value();
    }

    /** Where the value came from and what the other parts say that differs; null when there is no value. */
    FieldOrigin origin() {
        if (candidates.isEmpty()) {
            return null;
        }
        Candidate<T> chosen = candidates.get(0);
        List<FieldOrigin.Reading> others = new ArrayList<>();
        String chosenKey = key.apply(chosen.value());
        for (Candidate<T> other : candidates.subList(1, candidates.size())) {
            FieldOrigin.Reading reading = new FieldOrigin.Reading(other.source(), other.written());
            if (!Objects.equals(chosenKey, key.apply(other.value())) && !others.contains(reading)) {
                others.add(reading);
            }
        }
        return new FieldOrigin(chosen.source(), chosen.start(), chosen.end(), chosen.completedBy(), others);
    }
}
