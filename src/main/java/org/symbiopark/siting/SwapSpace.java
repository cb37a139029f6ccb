package org.symbiopark.siting;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A {@link QapInstance} made square for swap-based search: dummy items without flow fill the
 * locations left over ({@code m > n}), forbidden assignments carry a penalty larger than any
 * difference of feasible objectives, and pinned items are left out of the items that move.
 * Matrices are flattened row-major ({@code f[i*m+j]}) for the inner loops.
 */
final class SwapSpace {

    final QapInstance instance;
    final int m;
    final long[] flow;
    /** The flow transposed: {@code flowT[i*m+j] = flow[j*m+i]}. */
    final long[] flowT;
    final long[] distance;
    /** Linear cost plus the forbidden-assignment penalty, item × location. */
    final long[] linear;
    /** Items that may move: free real items first, then the dummies. */
    final int[] movable;
    /** How many of {@link #movable} are real items. */
    final int movableReal;
    final long penalty;
    /** Whether flow and distance are both symmetric, which halves the work of a delta. */
    final boolean symmetric;

    SwapSpace(QapInstance instance) {
        this.instance = instance;
        int n = instance.n();
        this.m = instance.m();
        this.flow = new long[m * m];
        this.distance = new long[m * m];
        this.linear = new long[m * m];
        long maxDistance = 0;
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                distance[a * m + b] = instance.distance()[a][b];
                maxDistance = Math.max(maxDistance, Math.abs(instance.distance()[a][b]));
            }
        }
        long bound = 1;
        for (int i = 0; i < n; i++) {
            long maxLinear = 0;
            for (int j = 0; j < n; j++) {
                flow[i * m + j] = instance.flow()[i][j];
                bound = saturatedAdd(bound, saturatedMultiply(Math.abs(instance.flow()[i][j]), maxDistance));
            }
            for (int k = 0; k < m; k++) {
                maxLinear = Math.max(maxLinear, Math.abs(instance.linearCost()[i][k]));
            }
            bound = saturatedAdd(bound, maxLinear);
        }
        // Twice the objective's range, so one forbidden assignment always costs more than any
        // feasible change; capped so that m penalties still fit in a long.
        this.penalty = Math.min(saturatedMultiply(bound, 2), Long.MAX_VALUE / (4L * m + 4));
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                linear[i * m + k] = instance.linearCost()[i][k] + (instance.forbidden()[i][k] ? penalty : 0);
            }
        }
        this.flowT = new long[m * m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                flowT[i * m + j] = flow[j * m + i];
            }
        }
        this.symmetric = isSymmetric(flow, m) && isSymmetric(distance, m);
        int[] moving = new int[m];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (instance.pinned()[i] < 0) {
                moving[count++] = i;
            }
        }
        this.movableReal = count;
        for (int i = n; i < m; i++) {
            moving[count++] = i;
        }
        this.movable = Arrays.copyOf(moving, count);
    }

    private static boolean isSymmetric(long[] matrix, int m) {
        for (int a = 0; a < m; a++) {
            for (int b = a + 1; b < m; b++) {
                if (matrix[a * m + b] != matrix[b * m + a]) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The penalised objective of a full permutation (items incl. dummies → locations). */
    long cost(int[] p) {
        long total = 0;
        int n = instance.n();
        for (int i = 0; i < n; i++) {
            int row = i * m;
            int pi = p[i] * m;
            for (int j = 0; j < n; j++) {
                total += flow[row + j] * distance[pi + p[j]];
            }
            total += linear[row + p[i]];
        }
        return total;
    }

    /**
     * A permutation that keeps {@code partial}'s assignments (≥ 0) where it can and places the
     * other movable items at random on allowed free locations (a maximum bipartite matching with
     * augmenting paths in random order, Kuhn 1955): feasible whenever a feasible assignment
     * exists; kept items are re-routed only where an augmenting path needs their location.
     */
    int[] complete(int[] partial, SplittableRandom random) {
        int[] p = tryComplete(partial, random);
        if (p == null) {
            throw new IllegalArgumentException(infeasibility());
        }
        return p;
    }

    int[] randomFeasible(SplittableRandom random) {
        int[] none = new int[m];
        Arrays.fill(none, -1);
        return complete(none, random);
    }

    private int[] tryComplete(int[] partial, SplittableRandom random) {
        int n = instance.n();
        int[] p = new int[m];
        Arrays.fill(p, -1);
        int[] owner = new int[m];
        Arrays.fill(owner, -1);
        for (int i = 0; i < n; i++) {
            if (instance.pinned()[i] >= 0) {
                p[i] = instance.pinned()[i];
                owner[p[i]] = i;
            }
        }
        for (int i : movable) {
            int k = partial[i];
            if (k >= 0 && owner[k] < 0 && !forbidden(i, k)) {
                p[i] = k;
                owner[k] = i;
            }
        }
        int[] order = shuffledMovable(random);
        int[] locations = new int[m];
        for (int k = 0; k < m; k++) {
            locations[k] = k;
        }
        shuffle(locations, random);
        // Real items first: dummies fit anywhere, so they take what is left.
        for (int i : order) {
            if (i < n && p[i] < 0 && !augment(i, p, owner, locations, new boolean[m])) {
                return null;
            }
        }
        int next = 0;
        for (int i : order) {
            if (p[i] < 0) {
                while (owner[locations[next]] >= 0) {
                    next++;
                }
                p[i] = locations[next];
                owner[p[i]] = i;
            }
        }
        return p;
    }

    /** Kuhn's augmenting path from item i; pinned items are not re-routed, kept ones may be. */
    private boolean augment(int i, int[] p, int[] owner, int[] locations, boolean[] visited) {
        for (int k : locations) {
            if (visited[k] || forbidden(i, k)) {
                continue;
            }
            visited[k] = true;
            int j = owner[k];
            if (j < 0 || (!pinned(j) && augment(j, p, owner, locations, visited))) {
                p[i] = k;
                owner[k] = i;
                return true;
            }
        }
        return false;
    }

    private boolean pinned(int j) {
        return j < instance.n() && instance.pinned()[j] >= 0;
    }

    boolean forbidden(int item, int location) {
        return item < instance.n() && instance.forbidden()[item][location];
    }

    private int[] shuffledMovable(SplittableRandom random) {
        int[] order = movable.clone();
        shuffle(order, random);
        return order;
    }

    static void shuffle(int[] a, SplittableRandom random) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    private String infeasibility() {
        int n = instance.n();
        for (int i = 0; i < n; i++) {
            if (instance.pinned()[i] >= 0) {
                continue;
            }
            boolean any = false;
            for (int k = 0; k < m && !any; k++) {
                any = !instance.forbidden()[i][k] && !pinnedThere(k);
            }
            if (!any) {
                return "item " + i + " has no allowed location left (all are forbidden or taken by pinned items)";
            }
        }
        return "no feasible assignment: the items' allowed locations cannot all be told apart (too few for the items "
                + "that share them)";
    }

    private boolean pinnedThere(int k) {
        for (int p : instance.pinned()) {
            if (p == k) {
                return true;
            }
        }
        return false;
    }

    private static long saturatedAdd(long a, long b) {
        long r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? Long.MAX_VALUE : r;
    }

    private static long saturatedMultiply(long a, long b) {
        long hi = Math.multiplyHigh(a, b);
        long lo = a * b;
        return (hi == 0 && lo >= 0) ? lo : Long.MAX_VALUE;
    }
}
