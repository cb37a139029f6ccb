package org.symbiopark.siting;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.Optional;

/**
 * Whether every item can be placed at once, each on a distinct allowed location: a maximum
 * bipartite matching by augmenting paths (Kuhn's algorithm, O(n·E), ample for parks). When the
 * matching leaves an item out, the items reachable from the unmatched ones by alternating paths
 * form a set S whose allowed locations N(S) are fewer than S (Hall's theorem; the König
 * construction), which is what a planner needs to hear: these plants compete for too few parcels.
 */
public final class CompleteAssignment {

    /** Items that cannot all be placed, and every location any of them may take (fewer than them). */
    public record Shortage(int[] items, int[] locations) {
    }

    private CompleteAssignment() {
    }

    /**
     * @param allowed allowed[i][k]: item i may stand on location k
     * @return empty when a complete assignment exists, else a smallest-found set of competing items
     */
    public static Optional<Shortage> check(boolean[][] allowed, int locationCount) {
        int n = allowed.length;
        int[] itemAt = new int[locationCount];
        Arrays.fill(itemAt, -1);
        int[] locationOf = new int[n];
        Arrays.fill(locationOf, -1);
        for (int i = 0; i < n; i++) {
            augment(i, allowed, itemAt, locationOf, new boolean[locationCount]);
        }
        BitSet items = new BitSet();
        BitSet locations = new BitSet();
        Deque<Integer> queue = new ArrayDeque<>();
        for (int i = 0; i < n; i++) {
            if (locationOf[i] < 0) {
                items.set(i);
                queue.add(i);
            }
        }
        if (queue.isEmpty()) {
            return Optional.empty();
        }
        // alternating BFS from the unmatched items: every location reached is matched (else the
        // matching were not maximum), and its item joins S
        while (!queue.isEmpty()) {
            int i = queue.poll();
            for (int k = 0; k < locationCount; k++) {
                if (allowed[i][k] && !locations.get(k)) {
                    locations.set(k);
                    int j = itemAt[k];
                    if (j >= 0 && !items.get(j)) {
                        items.set(j);
                        queue.add(j);
                    }
                }
            }
        }
        return Optional.of(new Shortage(items.stream().toArray(), locations.stream().toArray()));
    }

    private static boolean augment(int i, boolean[][] allowed, int[] itemAt, int[] locationOf, boolean[] seen) {
        for (int k = 0; k < itemAt.length; k++) {
            if (allowed[i][k] && !seen[k]) {
                seen[k] = true;
                if (itemAt[k] < 0 || augment(itemAt[k], allowed, itemAt, locationOf, seen)) {
                    itemAt[k] = i;
                    locationOf[i] = k;
                    return true;
                }
            }
        }
        return false;
    }
}
