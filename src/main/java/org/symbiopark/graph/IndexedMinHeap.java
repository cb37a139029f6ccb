package org.symbiopark.graph;

import java.util.Arrays;

/**
 * A min-heap of int items {@code 0..capacity-1} keyed by doubles, with decrease-key: the
 * priority queue of Dijkstra-like searches over int node ids. Each item is at most once in the
 * heap; {@link #offer} inserts it or lowers its key.
 *
 * <p>The heap is 4-ary (d-heap with d = 4, Johnson 1975, "Priority queues with update and
 * finding minimum spanning trees", Inf. Process. Lett. 4): half the levels of a binary heap, so
 * a decrease-key, the frequent operation of Dijkstra, moves up fewer levels, and the four
 * children of a node sit next to each other in memory, which LaMarca and Ladner (1996, "The
 * influence of caches on the performance of heaps", ACM J. Exp. Algorithmics 1) measured to beat
 * binary heaps on cached machines. Keys live beside the items in the heap arrays, so a sift
 * reads one contiguous run of keys.
 *
 * <p>O(log₄ n) for {@link #offer} and {@link #poll}, O(1) for {@link #minKey}; {@link #clear}
 * costs the number of items still in the heap, not the capacity, so a search that stops early
 * over a large graph can reuse the heap cheaply. Nothing is allocated after construction.
 * Ties among equal keys are broken by the heap's shape, deterministically. Not thread-safe.
 */
public final class IndexedMinHeap {

    private final double[] heapKey;
    private final int[] heapItem;
    /** Index of each item in the heap arrays; -1 when not in the heap. */
    private final int[] position;
    private int size;

    /** A heap for items {@code 0..capacity-1}. */
    public IndexedMinHeap(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be >= 0, was " + capacity);
        }
        heapKey = new double[capacity];
        heapItem = new int[capacity];
        position = new int[capacity];
        Arrays.fill(position, -1);
    }

    public int capacity() {
        return position.length;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int size() {
        return size;
    }

    public boolean contains(int item) {
        return position[item] >= 0;
    }

    /** The smallest key; undefined when empty. */
    public double minKey() {
        return heapKey[0];
    }

    /** Inserts {@code item} with {@code key}, or lowers its key if it is in the heap; a key not lower is ignored. */
    public void offer(int item, double key) {
        int k = position[item];
        if (k < 0) {
            k = size++;
        } else if (!(key < heapKey[k])) {
            return;
        }
        while (k > 0) {
            int parent = (k - 1) >> 2;
            if (heapKey[parent] <= key) {
                break;
            }
            heapKey[k] = heapKey[parent];
            heapItem[k] = heapItem[parent];
            position[heapItem[k]] = k;
            k = parent;
        }
        heapKey[k] = key;
        heapItem[k] = item;
        position[item] = k;
    }

    /** Removes and returns the item of the smallest key; the heap must not be empty. */
    public int poll() {
        if (size == 0) {
            throw new IllegalStateException("empty heap");
        }
        int top = heapItem[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            siftDownFromRoot(heapKey[size], heapItem[size]);
        }
        return top;
    }

    /** Empties the heap in time proportional to the items still in it. */
    public void clear() {
        for (int k = 0; k < size; k++) {
            position[heapItem[k]] = -1;
        }
        size = 0;
    }

    private void siftDownFromRoot(double key, int item) {
        int k = 0;
        while (true) {
            int first = 4 * k + 1;
            if (first >= size) {
                break;
            }
            int best = first;
            double bestKey = heapKey[first];
            int last = Math.min(first + 4, size);
            for (int c = first + 1; c < last; c++) {
                if (heapKey[c] < bestKey) {
                    best = c;
                    bestKey = heapKey[c];
                }
            }
            if (bestKey >= key) {
                break;
            }
            heapKey[k] = bestKey;
            heapItem[k] = heapItem[best];
            position[heapItem[k]] = k;
            k = best;
        }
        heapKey[k] = key;
        heapItem[k] = item;
        position[item] = k;
    }
}
