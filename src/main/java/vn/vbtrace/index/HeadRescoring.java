package vn.vbtrace.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * The rescorings of the first pass's best {@link #WINDOW} documents that read each one's stored title and text: the
 * best passage and a subject line named whole. They run in the vbtrace process for both backends alike (the texts are
 * those the engine returns with its hits, which the page reads anyway for its snippets), after the engine's own
 * rescorings, and need no index field.
 */
final class HeadRescoring {

    /** How many of the first pass's best documents are reordered: a page's worth. */
    static final int WINDOW = 10;

    private final Optional<BestPassage> passage;
    private final Optional<NamedSubject> named;

    private HeadRescoring(Optional<BestPassage> passage, Optional<NamedSubject> named) {
        this.passage = passage;
        this.named = named;
    }

    /** The tuning's rescorings of a query with these folded syllables; none when the tuning has them off. */
    static Optional<HeadRescoring> of(List<String> foldedSyllables, SearchTuning tuning) {
        Optional<BestPassage> passage = BestPassage.of(foldedSyllables, tuning.passage());
        Optional<NamedSubject> named = NamedSubject.of(foldedSyllables, tuning.named());
        return passage.isEmpty() && named.isEmpty() ? Optional.empty() : Optional.of(new HeadRescoring(passage, named));
    }

    /** What the score of the document with this title and text is multiplied by. */
    double factor(String title, String text) {
        return passage.map(p -> p.factor(text)).orElse(1.0) * named.map(n -> n.factor(title, text)).orElse(1.0);
    }

    /** A hit of the first pass with its score after these rescorings. */
    record Rescored<T>(T hit, float score) {
    }

    /**
     * The first {@link #WINDOW} of {@code ranked} (best first) rescored and reordered, the rest after them as they
     * were, so a later page lists what the first did not; a tie keeps the first pass's order.
     */
    <T> List<Rescored<T>> reorder(List<T> ranked, ToDoubleFunction<T> score, Function<T, String> title, Function<T, String> text) {
        int head = Math.min(WINDOW, ranked.size());
        List<Rescored<T>> reordered = new ArrayList<>(ranked.size());
        for (T hit : ranked.subList(0, head)) {
            reordered.add(new Rescored<>(hit, (float) (score.applyAsDouble(hit) * factor(title.apply(hit), text.apply(hit)))));
        }
        reordered.sort(Comparator.comparingDouble((Rescored<T> r) -> r.score()).reversed());
        for (T hit : ranked.subList(head, ranked.size())) {
            reordered.add(new Rescored<>(hit, (float) score.applyAsDouble(hit)));
        }
        return reordered;
    }
}
