package vn.vbtrace.extract.gold;

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
}
