package vn.vbtrace.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The register of the journal's committed files, held as numbers: for each stored file's last committed entry its
 * hash (128 bits of it), the 64-bit key of its document id, the order it was committed in, and the byte offset in the
 * journal file where the entry stands (an entry is written once and never moves, so it is read back from there when
 * asked for). Found by hash ({@link FileJournal#isCommitted}) and by document ({@link FileJournal#committedOf}) in
 * open-addressed tables.
 * <p>
 * The entries as strings in maps took 73 MB of heap at 100,000 documents, in every server and every ingest, and would
 * take ten times that at a million; these arrays take some 100 bytes a file (19 MB measured at 100,000 with the rest
 * of the journal).
 */
final class CommittedFiles {

    private static final int NONE = -1;

    private long[] hashHigh = new long[16];
    private long[] hashLow = new long[16];
    private long[] idKeys = new long[16];
    private long[] offsets = new long[16];
    private long[] order = new long[16];
    /** The next slot of the same document id, {@link #NONE} at the end. */
    private int[] nextOfId = new int[16];
    private int size;
    private long commits;

    /** Slots by hash: open addressing, {@link #NONE} when empty. */
    private int[] byHash = emptyTable(32);
    /** Document id keys and the first slot of each; a key whose slots all moved away keeps {@link #NONE}. */
    private long[] idTableKeys = new long[32];
    private int[] idTableHeads = emptyTable(32);
    private int idCount;

    /** Records a committed entry: a hash committed before moves to this entry (its id, its offset, last in order). */
    void commit(String hash, String id, long offset) {
        long high = high(hash);
        long low = low(hash);
        long idKey = key(id);
        int slot = find(high, low);
        if (slot == NONE) {
            slot = add(high, low);
        } else {
            unlink(slot);
        }
        idKeys[slot] = idKey;
        offsets[slot] = offset;
        order[slot] = ++commits;
        link(slot, idKey);
    }

    boolean contains(String hash) {
        return find(high(hash), low(hash)) != NONE;
    }

    int size() {
        return size;
    }

    /** The offsets of every file's last committed entry, in the order they were committed. */
    long[] offsetsInOrder() {
        Integer[] slots = new Integer[size];
        for (int i = 0; i < size; i++) {
            slots[i] = i;
        }
        Arrays.sort(slots, (a, b) -> Long.compare(order[a], order[b]));
        long[] inOrder = new long[size];
        for (int i = 0; i < size; i++) {
            inOrder[i] = offsets[slots[i]];
        }
        return inOrder;
    }

    /**
     * The offsets of the entries whose document id has this key, in the order they were committed: the caller
     * reads them and keeps those of the id itself (two ids may share a key).
     */
    long[] offsetsOf(String id) {
        int at = idPosition(key(id));
        if (idTableHeads[at] == NONE) {
            return new long[0];
        }
        int count = 0;
        for (int slot = idTableHeads[at]; slot != NONE; slot = nextOfId[slot]) {
            count++;
        }
        int[] slots = new int[count];
        int i = 0;
        for (int slot = idTableHeads[at]; slot != NONE; slot = nextOfId[slot]) {
            slots[i++] = slot;
        }
        return Arrays.stream(slots).boxed().sorted((a, b) -> Long.compare(order[a], order[b]))
                .mapToLong(slot -> offsets[slot]).toArray();
    }

    private int find(long high, long low) {
        for (int at = position(high, byHash.length); ; at = (at + 1) & (byHash.length - 1)) {
            int slot = byHash[at];
            if (slot == NONE || hashHigh[slot] == high && hashLow[slot] == low) {
                return slot;
            }
        }
    }

    private int add(long high, long low) {
        if (size == hashHigh.length) {
            int grown = size * 2;
            hashHigh = Arrays.copyOf(hashHigh, grown);
            hashLow = Arrays.copyOf(hashLow, grown);
            idKeys = Arrays.copyOf(idKeys, grown);
            offsets = Arrays.copyOf(offsets, grown);
            order = Arrays.copyOf(order, grown);
            nextOfId = Arrays.copyOf(nextOfId, grown);
        }
        int slot = size++;
        hashHigh[slot] = high;
        hashLow[slot] = low;
        if (size * 2 > byHash.length) {
            byHash = emptyTable(byHash.length * 2);
            for (int s = 0; s < size; s++) {
                placeByHash(s);
            }
        } else {
            placeByHash(slot);
        }
        return slot;
    }

    private void placeByHash(int slot) {
        int at = position(hashHigh[slot], byHash.length);
        while (byHash[at] != NONE) {
            at = (at + 1) & (byHash.length - 1);
        }
        byHash[at] = slot;
    }

    private void link(int slot, long idKey) {
        int at = idPosition(idKey);
        if (idTableKeys[at] == 0) {
            // A new key (a key whose slots all moved away keeps its place, and is reused as is).
            idTableKeys[at] = idKey;
            idCount++;
        }
        // Appended at the end: the lists are short (one file a document, a few at most).
        nextOfId[slot] = NONE;
        if (idTableHeads[at] == NONE) {
            idTableHeads[at] = slot;
        } else {
            int last = idTableHeads[at];
            while (nextOfId[last] != NONE) {
                last = nextOfId[last];
            }
            nextOfId[last] = slot;
        }
        if (idCount * 2 > idTableHeads.length) {
            growIdTable();
        }
    }

    private void unlink(int slot) {
        int at = idPosition(idKeys[slot]);
        if (idTableHeads[at] == slot) {
            idTableHeads[at] = nextOfId[slot];
            return;
        }
        for (int before = idTableHeads[at]; before != NONE; before = nextOfId[before]) {
            if (nextOfId[before] == slot) {
                nextOfId[before] = nextOfId[slot];
                return;
            }
        }
    }

    /**
     * Where this id key is in the id table, or the empty place it would take. A place keeps its key even when its
     * list empties, so the probe sequences of later keys stay whole; key 0 (never a document's) marks an empty place.
     */
    private int idPosition(long idKey) {
        int mask = idTableHeads.length - 1;
        for (int at = position(idKey, idTableHeads.length); ; at = (at + 1) & mask) {
            if (idTableKeys[at] == idKey || idTableKeys[at] == 0) {
                return at;
            }
        }
    }

    private void growIdTable() {
        long[] keys = idTableKeys;
        int[] heads = idTableHeads;
        idTableKeys = new long[keys.length * 2];
        idTableHeads = emptyTable(heads.length * 2);
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                int at = idPosition(keys[i]);
                idTableKeys[at] = keys[i];
                idTableHeads[at] = heads[i];
            }
        }
    }

    private static int[] emptyTable(int length) {
        int[] table = new int[length];
        Arrays.fill(table, NONE);
        return table;
    }

    private static int position(long key, int length) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & (length - 1);
    }

    /** The first 64 bits of a hexadecimal hash (a SHA-256 as the ingest writes it); any other string is hashed. */
    static long high(String hash) {
        return isHex(hash) ? Long.parseUnsignedLong(hash.substring(0, 16), 16) : fnv(hash, 0xcbf29ce484222325L);
    }

    /** The next 64 bits: 128 bits in all, so two files' hashes never meet by chance. */
    static long low(String hash) {
        return isHex(hash) ? Long.parseUnsignedLong(hash.substring(16, 32), 16) : fnv(hash, 0x84222325cbf29ce4L);
    }

    /** A document id's key: never 0, which marks an empty place. */
    static long key(String id) {
        long key = fnv(id, 0xcbf29ce484222325L);
        return key == 0 ? 1 : key;
    }

    private static boolean isHex(String hash) {
        if (hash.length() < 32) {
            return false;
        }
        for (int i = 0; i < 32; i++) {
            char c = hash.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static long fnv(String value, long basis) {
        long h = basis;
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h;
    }
}
