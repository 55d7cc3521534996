package vn.vbtrace.extract.gold;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** True positives, false positives and false negatives of one kind, and their ratios. */
final class Tally {

    int tp;
    int fp;
    int fn;

    double precision() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The heading and a row per kind (tp, fp, fn, P, R, F1), the kind column {@code width} wide. */
    static String table(String heading, int width, List<String> kinds, Function<String, Tally> tallyOf) {
        StringBuilder out = new StringBuilder();
        out.append(heading).append('\n');
        out.append(String.format("%-" + width + "s %5s %5s %5s %7s %7s %7s%n", "kind", "tp", "fp", "fn", "P", "R", "F1"));
        for (String kind : kinds) {
            Tally t = tallyOf.apply(kind);
            out.append(String.format(Locale.ROOT, "%-" + width + "s %5d %5d %5d %7.3f %7.3f %7.3f%n", kind, t.tp, t.fp, t.fn,
                    t.precision(), t.recall(), t.f1()));
        }
        return out.toString();
    }
}
