package org.symbiopark.routing;

import java.util.Arrays;

/**
 * A radix heap (Ahuja, Mehlhorn, Orlin and Tarjan 1990) of (key ≥ 0, int item) entries for
 * searches whose keys never fall below the last one taken out, as in Dijkstra and in A* with a
 * consistent heuristic. A non-negative double's bit pattern orders like the double, so entries
 * sit in the bucket of the highest bit in which their key differs from the last minimum; an
 * insertion is O(1) and each entry moves down at most 64 times. A key a rounding error below
 * the last minimum is raised to it. Stale entries (a cell whose cost was lowered again) are the
 * caller's to skip.
 */
final class MonotoneRadixHeap {

    private final long[][] keys = new long[65][];
    private final int[][] items = new int[65][];
    private final int[] sizes = new int[65];
    private long last;
    private int size;

    MonotoneRadixHeap() {
        for (int b = 0; b < 65; b++) {
            keys[b] = new long[16];
            items[b] = new int[16];
        }
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(int item, double key) {
        long bits = Double.doubleToRawLongBits(key);
        if (bits < last) {
            bits = last;
        }
        put(bucket(bits), bits, item);
        size++;
    }

    private int bucket(long bits) {
        return bits == last ? 0 : 64 - Long.numberOfLeadingZeros(bits ^ last);
    }

    private void put(int b, long bits, int item) {
        int s = sizes[b];
        if (s == keys[b].length) {
            keys[b] = Arrays.copyOf(keys[b], s * 2);
            items[b] = Arrays.copyOf(items[b], s * 2);
        }
        keys[b][s] = bits;
        items[b][s] = item;
        sizes[b] = s + 1;
    }

    /** Removes an entry of least key and returns its item. */
    int poll() {
        if (sizes[0] == 0) {
            int b = 1;
            while (sizes[b] == 0) {
                b++;
            }
            long[] bucketKeys = keys[b];
            int[] bucketItems = items[b];
            int count = sizes[b];
            long min = Long.MAX_VALUE;
            for (int i = 0; i < count; i++) {
                min = Math.min(min, bucketKeys[i]);
            }
            last = min;
            sizes[b] = 0;
            for (int i = 0; i < count; i++) {
                put(bucket(bucketKeys[i]), bucketKeys[i], bucketItems[i]);
            }
        }
        size--;
        return items[0][--sizes[0]];
    }
}
