package org.symbiopark.routing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Mehlhorn's 2-approximation (Inf. Process. Lett. 27, 1988), the fast form of Kou, Markowsky and
 * Berman's: split the graph into the Voronoi regions of the terminals (one multi-source
 * Dijkstra), give each edge between two regions the length of the terminal-to-terminal path
 * through it, take a minimum spanning tree of those connections, expand it to graph paths, then
 * re-span the nodes used and prune non-terminal leaves. At most twice the optimum; the baseline
 * the stronger solvers are measured against. Ignores the budget: it runs once.
 */
public final class MehlhornSteinerTree implements SteinerTreeAlgorithm {

    @Override
    public SteinerTree solve(SteinerProblem problem, SearchBudget budget) {
        if (problem.terminalCount() <= 1) {
            return new SteinerTree(new int[0], 0, true);
        }
        ShortestPaths voronoi = new ShortestPaths(problem);
        voronoi.reset();
        for (int t : problem.terminals()) {
            voronoi.source(t, 0);
        }
        voronoi.run(Double.POSITIVE_INFINITY);
        double[] bridgeLength = new double[problem.edgeCount()];
        Integer[] bridges = IntStream.range(0, problem.edgeCount()).filter(e -> {
            int bu = voronoi.base[problem.edgeU(e)];
            int bv = voronoi.base[problem.edgeV(e)];
            return bu >= 0 && bv >= 0 && bu != bv;
        }).boxed().toArray(Integer[]::new);
        for (int e : bridges) {
            bridgeLength[e] = voronoi.dist[problem.edgeU(e)] + problem.edgeCost(e) + voronoi.dist[problem.edgeV(e)];
        }
        Arrays.sort(bridges, Comparator.comparingDouble(e -> bridgeLength[e]));
        int[] parent = IntStream.range(0, problem.nodeCount()).toArray();
        boolean[] nodes = new boolean[problem.nodeCount()];
        int joined = 0;
        for (int e : bridges) {
            int ru = find(parent, voronoi.base[problem.edgeU(e)]);
            int rv = find(parent, voronoi.base[problem.edgeV(e)]);
            if (ru == rv) {
                continue;
            }
            parent[ru] = rv;
            joined++;
            for (int v : new int[] {problem.edgeU(e), problem.edgeV(e)}) {
                while (v >= 0 && !nodes[v]) {
                    nodes[v] = true;
                    int pred = voronoi.predEdge[v];
                    v = pred < 0 ? -1 : problem.other(pred, v);
                }
            }
        }
        if (joined < problem.terminalCount() - 1) {
            throw unreachable(problem);
        }
        int[] tree = new InducedSpanningTree(problem).of(nodes);
        return new SteinerTree(tree, problem.cost(tree), false);
    }

    static UnreachableTerminalException unreachable(SteinerProblem problem) {
        int first = problem.terminalAt(0);
        ShortestPaths paths = new ShortestPaths(problem);
        paths.reset();
        paths.source(first, 0);
        paths.run(Double.POSITIVE_INFINITY);
        for (int t : problem.terminals()) {
            if (Double.isInfinite(paths.dist[t])) {
                return new UnreachableTerminalException("node " + t, t,
                        "terminal node " + t + " cannot be reached from terminal node " + first);
            }
        }
        return new UnreachableTerminalException("?", "the terminals are not connected");
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
