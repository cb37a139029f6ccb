package org.symbiopark.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Seeded random test graphs, a brute-force optimum and a check that a tree is a Steiner tree. */
final class SteinerTestGraphs {

    private SteinerTestGraphs() {
    }

    /** A connected graph of {@code n} nodes with integer costs 1..maxCost and k terminals. */
    static SteinerProblem random(long seed, int n, int extraEdges, int k, int maxCost) {
        Random random = new Random(seed);
        List<int[]> edges = new ArrayList<>();
        for (int v = 1; v < n; v++) {
            edges.add(new int[] {random.nextInt(v), v});
        }
        for (int i = 0; i < extraEdges; i++) {
            int a = random.nextInt(n);
            int b = random.nextInt(n);
            if (a != b) {
                edges.add(new int[] {a, b});
            }
        }
        int[] us = edges.stream().mapToInt(e -> e[0]).toArray();
        int[] vs = edges.stream().mapToInt(e -> e[1]).toArray();
        double[] ws = edges.stream().mapToDouble(e -> 1 + random.nextInt(maxCost)).toArray();
        List<Integer> nodes = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            nodes.add(v);
        }
        java.util.Collections.shuffle(nodes, random);
        int[] terminals = nodes.subList(0, k).stream().mapToInt(Integer::intValue).toArray();
        return new SteinerProblem(n, us, vs, ws, terminals);
    }

    /**
     * The optimum by enumeration: the cheapest minimum spanning tree (Prim on a cost matrix) of
     * the terminals plus any subset of the other nodes. Independent of the solvers' code.
     */
    static double bruteForceOptimum(SteinerProblem p) {
        int n = p.nodeCount();
        double[][] w = new double[n][n];
        for (double[] row : w) {
            Arrays.fill(row, Double.POSITIVE_INFINITY);
        }
        for (int e = 0; e < p.edgeCount(); e++) {
            int a = p.edgeU(e);
            int b = p.edgeV(e);
            w[a][b] = Math.min(w[a][b], p.edgeCost(e));
            w[b][a] = w[a][b];
        }
        int[] others = java.util.stream.IntStream.range(0, n).filter(v -> !p.isTerminal(v)).toArray();
        double best = Double.POSITIVE_INFINITY;
        for (int mask = 0; mask < 1 << others.length; mask++) {
            boolean[] in = new boolean[n];
            for (int t : p.terminals()) {
                in[t] = true;
            }
            for (int i = 0; i < others.length; i++) {
                if ((mask >> i & 1) == 1) {
                    in[others[i]] = true;
                }
            }
            best = Math.min(best, prim(w, in));
        }
        return best;
    }

    private static double prim(double[][] w, boolean[] in) {
        int n = w.length;
        double[] d = new double[n];
        Arrays.fill(d, Double.POSITIVE_INFINITY);
        boolean[] done = new boolean[n];
        int start = -1;
        int size = 0;
        for (int v = 0; v < n; v++) {
            if (in[v]) {
                size++;
                start = start < 0 ? v : start;
            }
        }
        d[start] = 0;
        double total = 0;
        for (int step = 0; step < size; step++) {
            int u = -1;
            for (int v = 0; v < n; v++) {
                if (in[v] && !done[v] && (u < 0 || d[v] < d[u])) {
                    u = v;
                }
            }
            if (Double.isInfinite(d[u])) {
                return Double.POSITIVE_INFINITY;
            }
            done[u] = true;
            total += d[u];
            for (int v = 0; v < n; v++) {
                if (in[v] && !done[v] && w[u][v] < d[v]) {
                    d[v] = w[u][v];
                }
            }
        }
        return total;
    }

    /** Asserts the edges are distinct, acyclic, connect every terminal, and cost what the tree says. */
    static void assertSteinerTree(SteinerProblem p, SteinerTree tree) {
        int[] edges = tree.edges();
        assertThat(Arrays.stream(edges).distinct().count()).as("distinct edges").isEqualTo(edges.length);
        int[] parent = java.util.stream.IntStream.range(0, p.nodeCount()).toArray();
        for (int e : edges) {
            int a = find(parent, p.edgeU(e));
            int b = find(parent, p.edgeV(e));
            assertThat(a).as("edge %d closes a cycle", e).isNotEqualTo(b);
            parent[a] = b;
        }
        int[] terminals = p.terminals();
        for (int t : terminals) {
            assertThat(find(parent, t)).as("terminal %d connected", t).isEqualTo(find(parent, terminals[0]));
        }
        assertThat(tree.cost()).isEqualTo(p.cost(edges));
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            v = parent[v];
        }
        return v;
    }
}
