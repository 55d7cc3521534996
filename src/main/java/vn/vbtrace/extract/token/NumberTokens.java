package vn.vbtrace.extract.token;

import java.util.List;

/**
 * Lookups in the numbers of a text, which {@link DocumentNumberFinder#find} returns in text order:
 * by binary search, so that asking once per mention stays linear in the text, not quadratic.
 */
public final class NumberTokens {

    private NumberTokens() {
    }

    /** Index of the first number that starts at or after {@code offset}; the list's size if none does. */
    public static int firstFrom(List<NumberToken> inTextOrder, int offset) {
        int low = 0;
        int high = inTextOrder.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (inTextOrder.get(middle).start() < offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** The number that starts exactly at {@code offset}, or null. */
    public static NumberToken startingAt(List<NumberToken> inTextOrder, int offset) {
        int i = firstFrom(inTextOrder, offset);
        return i < inTextOrder.size() && inTextOrder.get(i).start() == offset ? inTextOrder.get(i) : null;
    }
}
