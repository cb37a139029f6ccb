package org.symbiopark.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IndexedMinHeapTest {

    /** Lazy-deletion reference: stale entries (key above the item's current key) are skipped. */
    private record Entry(double key, int item) {
    }

    @Test
    void randomOffersAndPollsMatchPriorityQueue() {
        for (long seed = 1; seed <= 20; seed++) {
            Random random = new Random(seed);
            int capacity = 1 + random.nextInt(200);
            IndexedMinHeap heap = new IndexedMinHeap(capacity);
            PriorityQueue<Entry> reference = new PriorityQueue<>(Comparator.comparingDouble(Entry::key));
            double[] current = new double[capacity];
            boolean[] in = new boolean[capacity];
            for (int step = 0; step < 5_000; step++) {
                if (random.nextInt(3) > 0) {
                    int item = random.nextInt(capacity);
                    // few distinct keys: ties are frequent
                    double key = random.nextInt(50);
                    heap.offer(item, key);
                    if (!in[item] || key < current[item]) {
                        in[item] = true;
                        current[item] = key;
                        reference.add(new Entry(key, item));
                    }
                } else if (!heap.isEmpty()) {
                    while (!in[reference.peek().item()] || reference.peek().key() != current[reference.peek().item()]) {
                        reference.poll();
                    }
                    double expectedKey = reference.peek().key();
                    assertEquals(expectedKey, heap.minKey(), "seed " + seed + " step " + step);
                    int item = heap.poll();
                    // any item of the minimum key may come first
                    assertTrue(in[item], "seed " + seed + ": polled an item not in the heap");
                    assertEquals(expectedKey, current[item], "seed " + seed + " step " + step);
                    in[item] = false;
                }
                int size = 0;
                for (boolean b : in) {
                    size += b ? 1 : 0;
                }
                assertEquals(size, heap.size());
            }
        }
    }

    @Test
    void pollsInKeyOrderAfterDecreaseKey() {
        IndexedMinHeap heap = new IndexedMinHeap(6);
        heap.offer(0, 5);
        heap.offer(1, 4);
        heap.offer(2, 3);
        heap.offer(3, 2);
        heap.offer(4, 1);
        heap.offer(5, 9);
        heap.offer(5, 0.5);  // decrease: now the minimum
        heap.offer(4, 7);    // a higher key is ignored
        assertEquals(0.5, heap.minKey());
        int[] expected = {5, 4, 3, 2, 1, 0};
        for (int item : expected) {
            assertTrue(heap.contains(item));
            assertEquals(item, heap.poll());
            assertFalse(heap.contains(item));
        }
        assertTrue(heap.isEmpty());
        assertThrows(IllegalStateException.class, heap::poll);
    }

    @Test
    void clearEmptiesAndTheHeapIsReusable() {
        IndexedMinHeap heap = new IndexedMinHeap(100);
        for (int i = 0; i < 100; i++) {
            heap.offer(i, 100 - i);
        }
        for (int i = 0; i < 30; i++) {
            heap.poll();
        }
        heap.clear();
        assertTrue(heap.isEmpty());
        for (int i = 0; i < 100; i++) {
            assertFalse(heap.contains(i), "item " + i);
        }
        // an item left over before clear() is inserted afresh, not treated as a decrease
        heap.offer(0, 42);
        heap.offer(99, 43);
        assertEquals(2, heap.size());
        assertEquals(0, heap.poll());
        assertEquals(99, heap.poll());
        assertEquals(100, heap.capacity());
    }
}
