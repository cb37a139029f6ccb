package org.symbiopark.routing;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The tree a set of nodes stands for: the minimum spanning tree of the subgraph the nodes
 * induce (Kruskal), with non-terminal leaves pruned repeatedly. This is how the local search
 * judges a set of Steiner vertices: adding or removing one vertex and re-spanning is the
 * Steiner-vertex insertion and elimination move. Reuses its arrays; not thread-safe.
 */
final class InducedSpanningTree {

    private final SteinerProblem problem;
    private final int[] sortedEdges;
    private final int[] parent;
    private final int[] treeDegree;
    private final boolean[] chosen;
    private final int[] queue;
    private final int[] chosenList;

    InducedSpanningTree(SteinerProblem problem) {
        this.problem = problem;
        sortedEdges = IntStream.range(0, problem.edgeCount()).boxed()
                .sorted(Comparator.comparingDouble(problem::edgeCost)).mapToInt(Integer::intValue).toArray();
        parent = new int[problem.nodeCount()];
        treeDegree = new int[problem.nodeCount()];
        chosen = new boolean[problem.edgeCount()];
        queue = new int[problem.nodeCount()];
        chosenList = new int[Math.max(1, problem.nodeCount())];
    }

    /**
     * The pruned spanning tree of {@code nodes} (which must hold every terminal), or null when
     * the induced subgraph does not connect the terminals.
     */
    int[] of(boolean[] nodes) {
        int setSize = 0;
        for (int v = 0; v < nodes.length; v++) {
            if (nodes[v]) {
                parent[v] = v;
                treeDegree[v] = 0;
                setSize++;
            }
        }
        int count = 0;
        for (int e : sortedEdges) {
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
                chosenList[count++] = e;
                treeDegree[u]++;
                treeDegree[v]++;
                if (count == setSize - 1) {
                    break;
                }
            }
        }
        int terminals = problem.terminalCount();
        if (terminals > 1) {
            int root = find(problem.terminalAt(0));
            for (int i = 1; i < terminals; i++) {
                if (find(problem.terminalAt(i)) != root) {
                    for (int j = 0; j < count; j++) {
                        chosen[chosenList[j]] = false;
                    }
                    return null;
                }
            }
        }
        int head = 0;
        int tail = 0;
        for (int v = 0; v < nodes.length; v++) {
            if (nodes[v] && treeDegree[v] <= 1 && !problem.isTerminal(v)) {
                queue[tail++] = v;
            }
        }
        while (head < tail) {
            int v = queue[head++];
            for (int i = problem.adjStart[v]; i < problem.adjStart[v + 1]; i++) {
                int e = problem.adjEdge[i];
                if (chosen[e]) {
                    chosen[e] = false;
                    treeDegree[v]--;
                    int w = problem.adjNode[i];
                    if (--treeDegree[w] == 1 && !problem.isTerminal(w)) {
                        queue[tail++] = w;
                    }
                }
            }
        }
        int kept = 0;
        int[] result = new int[count];
        for (int j = 0; j < count; j++) {
            int e = chosenList[j];
            if (chosen[e]) {
                result[kept++] = e;
                chosen[e] = false;
            }
        }
        return Arrays.copyOf(result, kept);
    }

    private int find(int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }
}
