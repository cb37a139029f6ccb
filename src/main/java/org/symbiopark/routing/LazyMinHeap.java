package org.symbiopark.routing;

import java.util.Arrays;

/**
 * A 4-ary min-heap of (double key, int item) pairs without decrease-key: a lowered key is a
 * new entry and the stale one is skipped when it comes out. Keys live beside their items in
 * the heap arrays, so the heap of a grid search (its frontier: thousands of entries, not
 * millions) stays in cache, where an indexed heap's per-cell arrays would not.
 */
final class LazyMinHeap {

    private double[] keys = new double[1024];
    private int[] items = new int[1024];
    private int size;

    boolean isEmpty() {
        return size == 0;
    }

    void add(int item, double key) {
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            items = Arrays.copyOf(items, size * 2);
        }
        int at = size++;
        while (at > 0) {
            int parent = (at - 1) >>> 2;
            if (keys[parent] <= key) {
                break;
            }
            keys[at] = keys[parent];
            items[at] = items[parent];
            at = parent;
        }
        keys[at] = key;
        items[at] = item;
    }

    /** Removes the entry of least key and returns its item. */
    int poll() {
        int top = items[0];
        size--;
        if (size > 0) {
            double key = keys[size];
            int item = items[size];
            int at = 0;
            while (true) {
                int first = 4 * at + 1;
                if (first >= size) {
                    break;
                }
                int best = first;
                double bestKey = keys[first];
                int end = Math.min(first + 4, size);
                for (int c = first + 1; c < end; c++) {
                    if (keys[c] < bestKey) {
                        bestKey = keys[c];
                        best = c;
                    }
                }
                if (key <= bestKey) {
                    break;
                }
                keys[at] = bestKey;
                items[at] = items[best];
                at = best;
            }
            keys[at] = key;
            items[at] = item;
        }
        return top;
    }
}
