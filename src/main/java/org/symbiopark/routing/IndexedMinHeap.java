package org.symbiopark.routing;

import java.util.Arrays;

/**
 * A binary min-heap of int items {@code 0..capacity-1} keyed by doubles, with decrease-key:
 * the priority queue of Dijkstra and A* over int node ids, kept in primitive arrays so a search
 * over millions of cells allocates nothing per step.
 */
final class IndexedMinHeap {

    private final int[] heap;
    private final int[] position;
    private final double[] key;
    private int size;

    IndexedMinHeap(int capacity) {
        heap = new int[capacity];
        position = new int[capacity];
        key = new double[capacity];
        Arrays.fill(position, -1);
    }

    boolean isEmpty() {
        return size == 0;
    }

    int size() {
        return size;
    }

    double minKey() {
        return key[heap[0]];
    }

    boolean contains(int item) {
        return position[item] >= 0;
    }

    /** Inserts {@code item} or lowers its key; a higher key is ignored. */
    void offer(int item, double newKey) {
        int at = position[item];
        if (at < 0) {
            key[item] = newKey;
            heap[size] = item;
            position[item] = size;
            siftUp(size++);
        } else if (newKey < key[item]) {
            key[item] = newKey;
            siftUp(at);
        }
    }

    int poll() {
        int top = heap[0];
        position[top] = -1;
        size--;
        if (size > 0) {
            int last = heap[size];
            heap[0] = last;
            position[last] = 0;
            siftDown(0);
        }
        return top;
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            position[heap[i]] = -1;
        }
        size = 0;
    }

    private void siftUp(int at) {
        int item = heap[at];
        double k = key[item];
        while (at > 0) {
            int parent = (at - 1) >>> 1;
            int p = heap[parent];
            if (key[p] <= k) {
                break;
            }
            heap[at] = p;
            position[p] = at;
            at = parent;
        }
        heap[at] = item;
        position[item] = at;
    }

    private void siftDown(int at) {
        int item = heap[at];
        double k = key[item];
        int half = size >>> 1;
        while (at < half) {
            int child = 2 * at + 1;
            int c = heap[child];
            int right = child + 1;
            if (right < size && key[heap[right]] < key[c]) {
                child = right;
                c = heap[child];
            }
            if (k <= key[c]) {
                break;
            }
            heap[at] = c;
            position[c] = at;
            at = child;
        }
        heap[at] = item;
        position[item] = at;
    }
}
