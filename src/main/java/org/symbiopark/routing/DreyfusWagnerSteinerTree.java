package org.symbiopark.routing;

import java.util.ArrayDeque;
import java.util.Arrays;
import org.symbiopark.graph.IndexedMinHeap;

/**
 * The exact dynamic programme of Dreyfus and Wagner (Networks 1, 1971): {@code best[S][v]} is
 * the cheapest tree connecting the terminal subset {@code S} and node {@code v}; it is the best
 * split of {@code S} at {@code v}, then lowered along shortest paths by one Dijkstra per subset.
 * One terminal is the root, so the table has 2^(k-1) rows. Time about 3^(k-1)·n + 2^(k-1)·m·log n:
 * meant for reduced problems with up to a dozen terminals ({@link #fits}).
 */
public final class DreyfusWagnerSteinerTree implements SteinerTreeAlgorithm {

    /** Largest table (rows × nodes) and work estimate taken on; beyond them {@link #fits} says no. */
    private static final long MAX_CELLS = 6_000_000L;
    private static final double MAX_WORK = 2.5e8;
    private static final int LEAF = Integer.MIN_VALUE;

    /** Whether the problem is small enough to be solved exactly in well under a second. */
    public static boolean fits(SteinerProblem problem) {
        int k = problem.terminalCount();
        if (k <= 2) {
            return true;
        }
        if (k > 20) {
            return false;
        }
        long rows = 1L << (k - 1);
        double work = Math.pow(3, k - 1) * problem.nodeCount() / 2
                + rows * (problem.edgeCount() * 2.0 + problem.nodeCount()) * 8;
        return rows * problem.nodeCount() <= MAX_CELLS && work <= MAX_WORK;
    }

    @Override
    public SteinerTree solve(SteinerProblem problem, SearchBudget budget) {
        int k = problem.terminalCount();
        if (k <= 1) {
            return new SteinerTree(new int[0], 0, true);
        }
        int n = problem.nodeCount();
        int width = k - 1;
        int full = (1 << width) - 1;
        double[][] best = new double[full + 1][];
        int[][] back = new int[full + 1][];
        IndexedMinHeap heap = new IndexedMinHeap(n);
        for (int s = 1; s <= full; s++) {
            double[] row = new double[n];
            int[] from = new int[n];
            Arrays.fill(row, Double.POSITIVE_INFINITY);
            if (Integer.bitCount(s) == 1) {
                int t = problem.terminalAt(Integer.numberOfTrailingZeros(s));
                row[t] = 0;
                from[t] = LEAF;
            } else {
                int low = s & -s;
                for (int sub = (s - 1) & s; sub > 0; sub = (sub - 1) & s) {
                    if ((sub & low) == 0) {
                        continue;
                    }
                    double[] a = best[sub];
                    double[] b = best[s ^ sub];
                    for (int v = 0; v < n; v++) {
                        double c = a[v] + b[v];
                        if (c < row[v]) {
                            row[v] = c;
                            from[v] = -(sub + 1);
                        }
                    }
                }
            }
            for (int v = 0; v < n; v++) {
                if (row[v] < Double.POSITIVE_INFINITY) {
                    heap.offer(v, row[v]);
                }
            }
            while (!heap.isEmpty()) {
                int u = heap.poll();
                double du = row[u];
                for (int i = problem.adjStart[u]; i < problem.adjStart[u + 1]; i++) {
                    int v = problem.adjNode[i];
                    int e = problem.adjEdge[i];
                    double dv = du + problem.edgeCost(e);
                    if (dv < row[v]) {
                        row[v] = dv;
                        from[v] = e;
                        heap.offer(v, dv);
                    }
                }
            }
            best[s] = row;
            back[s] = from;
        }
        int root = problem.terminalAt(k - 1);
        if (Double.isInfinite(best[full][root])) {
            throw MehlhornSteinerTree.unreachable(problem);
        }
        boolean[] used = new boolean[problem.edgeCount()];
        ArrayDeque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {full, root});
        while (!stack.isEmpty()) {
            int[] state = stack.pop();
            int s = state[0];
            int v = state[1];
            int from = back[s][v];
            if (from == LEAF) {
                continue;
            }
            if (from >= 0) {
                used[from] = true;
                stack.push(new int[] {s, problem.other(from, v)});
            } else {
                int sub = -from - 1;
                stack.push(new int[] {sub, v});
                stack.push(new int[] {s ^ sub, v});
            }
        }
        boolean[] nodes = new boolean[n];
        for (int t : problem.terminals()) {
            nodes[t] = true;
        }
        for (int e = 0; e < used.length; e++) {
            if (used[e]) {
                nodes[problem.edgeU(e)] = true;
                nodes[problem.edgeV(e)] = true;
            }
        }
        int[] tree = new InducedSpanningTree(problem).of(nodes);
        return new SteinerTree(tree, problem.cost(tree), true);
    }
}
