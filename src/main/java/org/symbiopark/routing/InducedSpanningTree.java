package org.symbiopark.routing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The tree a set of nodes stands for: the minimum spanning tree of the subgraph the nodes
 * induce (Kruskal), with non-terminal leaves pruned repeatedly. This is how the local search
 * judges a set of Steiner vertices: adding or removing one vertex and re-spanning is the
 * Steiner-vertex insertion and elimination move. A call costs time in the number of edges it
 * is given, not in the size of the graph (marks compare against a stamp instead of being
 * cleared), so the local search can pass just the edges among the current tree's nodes.
 * Reuses its arrays; not thread-safe.
 */
final class InducedSpanningTree {

    private final SteinerProblem problem;
    private final int[] sortedEdges;
    private final int[] rank;
    private final int[] parent;
    private final int[] seen;
    private final int[] treeDegree;
    private final boolean[] chosen;
    private final int[] queue;
    private final int[] chosenList;
    private int stamp;

    InducedSpanningTree(SteinerProblem problem) {
        this.problem = problem;
        sortedEdges = IntStream.range(0, problem.edgeCount()).boxed()
                .sorted(Comparator.comparingDouble(problem::edgeCost)).mapToInt(Integer::intValue).toArray();
        rank = new int[problem.edgeCount()];
        for (int i = 0; i < sortedEdges.length; i++) {
            rank[sortedEdges[i]] = i;
        }
        int n = problem.nodeCount();
        parent = new int[n];
        seen = new int[n];
        treeDegree = new int[n];
        chosen = new boolean[problem.edgeCount()];
        queue = new int[3 * n + 3];
        chosenList = new int[Math.max(1, n)];
    }

    /**
     * The pruned spanning tree of {@code nodes} (which must hold every terminal), or null when
     * the induced subgraph does not connect the terminals.
     */
    int[] of(boolean[] nodes) {
        return span(nodes, sortedEdges, sortedEdges.length);
    }

    /** The position of edge {@code e} in the order of increasing cost. */
    int rank(int e) {
        return rank[e];
    }

    /** Writes the edges with both ends in {@code nodes}, cheapest first, to {@code out}; returns their count. */
    int inducedEdges(boolean[] nodes, int[] out) {
        int count = 0;
        for (int e : sortedEdges) {
            if (nodes[problem.edgeU(e)] && nodes[problem.edgeV(e)]) {
                out[count++] = e;
            }
        }
        return count;
    }

    /**
     * As {@link #of}, but Kruskal runs over only {@code edges[0..count)}, which must be sorted by
     * {@link #rank} and include every induced edge that could be in the tree.
     */
    int[] span(boolean[] nodes, int[] edges, int count) {
        stamp++;
        int chosenCount = 0;
        for (int i = 0; i < count; i++) {
            int e = edges[i];
            int u = problem.edgeU(e);
            int v = problem.edgeV(e);
            if (!nodes[u] || !nodes[v]) {
                continue;
            }
            int ru = find(u);
            int rv = find(v);
            if (ru != rv) {
                parent[ru] = rv;
                chosen[e] = true;
                chosenList[chosenCount++] = e;
                treeDegree[u]++;
                treeDegree[v]++;
            }
        }
        int terminals = problem.terminalCount();
        if (terminals > 1) {
            int root = find(problem.terminalAt(0));
            for (int i = 1; i < terminals; i++) {
                if (find(problem.terminalAt(i)) != root) {
                    for (int j = 0; j < chosenCount; j++) {
                        chosen[chosenList[j]] = false;
                    }
                    return null;
                }
            }
        }
        int head = 0;
        int tail = 0;
        for (int j = 0; j < chosenCount; j++) {
            int e = chosenList[j];
            for (int v : new int[] {problem.edgeU(e), problem.edgeV(e)}) {
                if (treeDegree[v] == 1 && !problem.isTerminal(v)) {
                    queue[tail++] = v;
                }
            }
        }
        while (head < tail) {
            int v = queue[head++];
            if (treeDegree[v] != 1) {
                continue;
            }
            for (int i = problem.adjStart[v]; i < problem.adjStart[v + 1]; i++) {
                int e = problem.adjEdge[i];
                if (chosen[e]) {
                    chosen[e] = false;
                    treeDegree[v]--;
                    int w = problem.adjNode[i];
                    if (--treeDegree[w] == 1 && !problem.isTerminal(w)) {
                        queue[tail++] = w;
                    }
                    break;
                }
            }
        }
        int kept = 0;
        int[] result = new int[chosenCount];
        for (int j = 0; j < chosenCount; j++) {
            int e = chosenList[j];
            if (chosen[e]) {
                result[kept++] = e;
                chosen[e] = false;
            }
        }
        return Arrays.copyOf(result, kept);
    }

    private int find(int v) {
        if (seen[v] != stamp) {
            seen[v] = stamp;
            parent[v] = v;
            treeDegree[v] = 0;
            return v;
        }
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
