package org.symbiopark.siting;

import java.util.Arrays;

/**
 * A quadratic assignment problem in the Koopmans–Beckmann form with a linear term: place
 * {@code n} items on {@code m ≥ n} locations, at most one item per location, minimising
 *
 * <pre>
 *   Σᵢ Σⱼ flow[i][j] · distance[p(i)][p(j)]  +  Σᵢ linearCost[i][p(i)]
 * </pre>
 *
 * over the injections {@code p : items → locations}. Matrices may be asymmetric and may hold
 * any {@code long} values; the objective is computed in {@code long} arithmetic (the caller
 * keeps {@code Σ|flow|·max|distance| + Σ max|linearCost|} below 2⁶², true of every QAPLIB
 * instance). {@code forbidden[i][k]} rules out item {@code i} on location {@code k};
 * {@code pinned[i] ≥ 0} fixes item {@code i} on that location ({@code -1} = free).
 *
 * <p>QAPLIB files hold two matrices A and B with objective Σ A[i][j]·B[p(i)][p(j)]; read as
 * {@code flow = A, distance = B} whichever of the two the file's authors called flow.
 *
 * @param flow         n × n
 * @param distance     m × m
 * @param linearCost   n × m, or all zeros
 * @param forbidden    n × m, or all false
 * @param pinned       n entries, a location or {@code -1}
 */
public record QapInstance(String name, long[][] flow, long[][] distance, long[][] linearCost, boolean[][] forbidden,
        int[] pinned) {

    public QapInstance {
        int n = flow.length;
        int m = distance.length;
        if (n == 0) {
            throw new IllegalArgumentException("flow: at least one item is needed");
        }
        if (m < n) {
            throw new IllegalArgumentException("distance: " + m + " locations for " + n + " items; need m ≥ n");
        }
        square(flow, n, "flow");
        square(distance, m, "distance");
        rectangle(linearCost, n, m, "linearCost");
        if (forbidden.length != n || Arrays.stream(forbidden).anyMatch(r -> r.length != m)) {
            throw new IllegalArgumentException("forbidden: must be " + n + " × " + m);
        }
        if (pinned.length != n) {
            throw new IllegalArgumentException("pinned: must have " + n + " entries");
        }
        boolean[] taken = new boolean[m];
        for (int i = 0; i < n; i++) {
            int k = pinned[i];
            if (k < -1 || k >= m) {
                throw new IllegalArgumentException("pinned[" + i + "] = " + k + ": must be -1 or a location in 0.." + (m - 1));
            }
            if (k >= 0) {
                if (taken[k]) {
                    throw new IllegalArgumentException("pinned: two items pinned to location " + k);
                }
                if (forbidden[i][k]) {
                    throw new IllegalArgumentException("pinned[" + i + "] = " + k + " is a forbidden assignment");
                }
                taken[k] = true;
            }
        }
    }

    /** A plain QAP: n items on n locations, no linear term, nothing forbidden or pinned. */
    public static QapInstance of(String name, long[][] flow, long[][] distance) {
        int n = flow.length;
        int m = distance.length;
        int[] free = new int[n];
        Arrays.fill(free, -1);
        return new QapInstance(name, flow, distance, new long[n][m], new boolean[n][m], free);
    }

    /** The number of items. */
    public int n() {
        return flow.length;
    }

    /** The number of locations. */
    public int m() {
        return distance.length;
    }

    /**
     * The objective of an assignment (item → location), or {@link Long#MAX_VALUE} if it places
     * an item on a forbidden location, moves a pinned item or puts two items on one location.
     */
    public long objective(int[] assignment) {
        if (!feasible(assignment)) {
            return Long.MAX_VALUE;
        }
        long total = 0;
        int n = n();
        for (int i = 0; i < n; i++) {
            long[] fi = flow[i];
            long[] di = distance[assignment[i]];
            for (int j = 0; j < n; j++) {
                total += fi[j] * di[assignment[j]];
            }
            total += linearCost[i][assignment[i]];
        }
        return total;
    }

    /** Whether the assignment is an injection that respects the forbidden and pinned ones. */
    public boolean feasible(int[] assignment) {
        if (assignment.length != n()) {
            return false;
        }
        boolean[] used = new boolean[m()];
        for (int i = 0; i < assignment.length; i++) {
            int k = assignment[i];
            if (k < 0 || k >= m() || used[k] || forbidden[i][k] || (pinned[i] >= 0 && pinned[i] != k)) {
                return false;
            }
            used[k] = true;
        }
        return true;
    }

    private static void square(long[][] matrix, int size, String field) {
        rectangle(matrix, size, size, field);
    }

    private static void rectangle(long[][] matrix, int rows, int columns, String field) {
        if (matrix.length != rows || Arrays.stream(matrix).anyMatch(r -> r.length != columns)) {
            throw new IllegalArgumentException(field + ": must be " + rows + " × " + columns);
        }
    }
}
