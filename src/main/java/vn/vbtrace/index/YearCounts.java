package vn.vbtrace.index;

/**
 * How many documents of one segment have each year: an open-addressing table of year → count, so counting tens of
 * thousands of documents boxes no number (a segment holds a few dozen distinct years).
 */
final class YearCounts {

    private long[] years = new long[64];
    private long[] counts = new long[64];
    private boolean[] used = new boolean[64];
    private int size;

    void add(long year, long n) {
        int slot = slot(year);
        if (!used[slot]) {
            if (2 * (size + 1) > used.length) {
                grow();
                slot = slot(year);
            }
            used[slot] = true;
            years[slot] = year;
            size++;
        }
        counts[slot] += n;
    }

    long get(long year) {
        int slot = slot(year);
        return used[slot] ? counts[slot] : 0;
    }

    /** The years counted, in no particular order. */
    long[] years() {
        long[] out = new long[size];
        int next = 0;
        for (int slot = 0; slot < used.length; slot++) {
            if (used[slot]) {
                out[next++] = years[slot];
            }
        }
        return out;
    }

    /** The year's slot, or the free slot where it would go. */
    private int slot(long year) {
        int mask = used.length - 1;
        int slot = Long.hashCode(year * 0x9E3779B97F4A7C15L) & mask;
        while (used[slot] && years[slot] != year) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldYears = years;
        long[] oldCounts = counts;
        boolean[] oldUsed = used;
        years = new long[oldUsed.length * 2];
        counts = new long[oldUsed.length * 2];
        used = new boolean[oldUsed.length * 2];
        size = 0;
        for (int slot = 0; slot < oldUsed.length; slot++) {
            if (oldUsed[slot]) {
                add(oldYears[slot], oldCounts[slot]);
            }
        }
    }
}
