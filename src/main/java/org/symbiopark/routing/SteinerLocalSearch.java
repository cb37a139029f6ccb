package org.symbiopark.routing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * Local improvement of a Steiner tree until no move helps (first improvement):
 * <ul>
 * <li>Steiner-vertex elimination: drop a non-terminal of the tree and re-span the rest;</li>
 * <li>Steiner-vertex insertion: add a vertex adjacent to two or more tree nodes and re-span;</li>
 * <li>key-path exchange: remove a key path (a path between terminals or branching vertices whose
 * inner vertices are non-terminals of degree 2) and reconnect the two parts by a shortest path
 * if that is cheaper (Verhoeven, Severens and Aarts 1996; Uchoa and Werneck 2010).</li>
 * </ul>
 * "Re-span" is {@link InducedSpanningTree}: the minimum spanning tree of the induced subgraph,
 * pruned. Every accepted move lowers the cost strictly, so the search ends.
 */
final class SteinerLocalSearch {

    private static final double EPS = 1e-9;

    private final SteinerProblem problem;
    private final InducedSpanningTree spanning;
    private final ShortestPaths paths;
    private final long deadlineNanos;

    SteinerLocalSearch(SteinerProblem problem, InducedSpanningTree spanning, long deadlineNanos) {
        this.problem = problem;
        this.spanning = spanning;
        this.paths = new ShortestPaths(problem);
        this.deadlineNanos = deadlineNanos;
    }

    /** The improved tree of the node set {@code nodes} (which must span the terminals). */
    int[] improve(boolean[] nodes) {
        int[] tree = spanning.of(nodes);
        if (tree == null) {
            return null;
        }
        double cost = problem.cost(tree);
        boolean improved = true;
        while (improved && System.nanoTime() < deadlineNanos) {
            improved = false;
            boolean[] inTree = nodesOf(tree);
            // elimination
            for (int v = 0; v < inTree.length; v++) {
                if (!inTree[v] || problem.isTerminal(v)) {
                    continue;
                }
                inTree[v] = false;
                int[] candidate = spanning.of(inTree);
                double c = candidate == null ? Double.POSITIVE_INFINITY : problem.cost(candidate);
                if (c < cost - EPS) {
                    tree = candidate;
                    cost = c;
                    inTree = nodesOf(tree);
                    improved = true;
                } else {
                    inTree[v] = true;
                }
            }
            // insertion
            for (int v = 0; v < inTree.length; v++) {
                if (inTree[v] || treeNeighbours(v, inTree) < 2) {
                    continue;
                }
                inTree[v] = true;
                int[] candidate = spanning.of(inTree);
                double c = candidate == null ? Double.POSITIVE_INFINITY : problem.cost(candidate);
                if (c < cost - EPS) {
                    tree = candidate;
                    cost = c;
                    inTree = nodesOf(tree);
                    improved = true;
                } else {
                    inTree[v] = false;
                }
            }
            int[] exchanged = keyPathExchange(tree, cost);
            if (exchanged != null) {
                tree = exchanged;
                cost = problem.cost(tree);
                improved = true;
            }
        }
        return tree;
    }

    private int treeNeighbours(int v, boolean[] inTree) {
        int count = 0;
        for (int i = problem.adjStart[v]; i < problem.adjStart[v + 1]; i++) {
            if (inTree[problem.adjNode[i]]) {
                count++;
            }
        }
        return count;
    }

    boolean[] nodesOf(int[] tree) {
        boolean[] nodes = new boolean[problem.nodeCount()];
        for (int t : problem.terminals()) {
            nodes[t] = true;
        }
        for (int e : tree) {
            nodes[problem.edgeU(e)] = true;
            nodes[problem.edgeV(e)] = true;
        }
        return nodes;
    }

    /** One pass of key-path exchanges; the improved tree, or null if no key path could be bettered. */
    private int[] keyPathExchange(int[] tree, double cost) {
        boolean anyImproved = false;
        boolean changed = true;
        while (changed && System.nanoTime() < deadlineNanos) {
            changed = false;
            for (List<Integer> keyPath : keyPaths(tree)) {
                int[] better = reconnect(tree, keyPath);
                if (better != null) {
                    double c = problem.cost(better);
                    if (c < cost - EPS) {
                        tree = better;
                        cost = c;
                        changed = true;
                        anyImproved = true;
                        break;
                    }
                }
            }
        }
        return anyImproved ? tree : null;
    }

    /** The key paths of a tree, each as its list of edges. */
    private List<List<Integer>> keyPaths(int[] tree) {
        int n = problem.nodeCount();
        int[] degree = new int[n];
        boolean[] inTree = new boolean[problem.edgeCount()];
        for (int e : tree) {
            inTree[e] = true;
            degree[problem.edgeU(e)]++;
            degree[problem.edgeV(e)]++;
        }
        boolean[] walked = new boolean[problem.edgeCount()];
        List<List<Integer>> result = new ArrayList<>();
        for (int e0 : tree) {
            if (walked[e0]) {
                continue;
            }
            // walk both ways from e0 to the key vertices at its ends
            List<Integer> path = new ArrayList<>();
            path.add(e0);
            walked[e0] = true;
            for (int end : new int[] {problem.edgeU(e0), problem.edgeV(e0)}) {
                int v = end;
                int came = e0;
                while (degree[v] == 2 && !problem.isTerminal(v)) {
                    int next = -1;
                    for (int i = problem.adjStart[v]; i < problem.adjStart[v + 1]; i++) {
                        int e = problem.adjEdge[i];
                        if (inTree[e] && e != came) {
                            next = e;
                            break;
                        }
                    }
                    walked[next] = true;
                    path.add(next);
                    came = next;
                    v = problem.other(next, v);
                }
            }
            result.add(path);
        }
        return result;
    }

    /** The tree with {@code keyPath} replaced by a shortest connection of the two parts, or null. */
    private int[] reconnect(int[] tree, List<Integer> keyPath) {
        int n = problem.nodeCount();
        boolean[] removedEdge = new boolean[problem.edgeCount()];
        double pathCost = 0;
        for (int e : keyPath) {
            removedEdge[e] = true;
            pathCost += problem.edgeCost(e);
        }
        // tree adjacency without the key path
        int[] degree = new int[n];
        for (int e : tree) {
            if (!removedEdge[e]) {
                degree[problem.edgeU(e)]++;
                degree[problem.edgeV(e)]++;
            }
        }
        boolean[] treeEdge = new boolean[problem.edgeCount()];
        for (int e : tree) {
            treeEdge[e] = !removedEdge[e];
        }
        // the two key vertices: endpoints of the path with degree != 2 inside it
        int[] pathDegree = new int[n];
        for (int e : keyPath) {
            pathDegree[problem.edgeU(e)]++;
            pathDegree[problem.edgeV(e)]++;
        }
        int a = -1;
        int b = -1;
        for (int e : keyPath) {
            for (int v : new int[] {problem.edgeU(e), problem.edgeV(e)}) {
                if (pathDegree[v] == 1) {
                    if (a < 0) {
                        a = v;
                    } else if (v != a) {
                        b = v;
                    }
                }
            }
        }
        if (a < 0 || b < 0) {
            return null;
        }
        boolean[] sideA = component(a, treeEdge);
        boolean[] sideB = component(b, treeEdge);
        paths.reset();
        for (int v = 0; v < n; v++) {
            if (sideA[v]) {
                paths.source(v, 0);
            }
        }
        int reached = paths.run(pathCost - EPS, -1, sideB);
        if (reached < 0 || paths.dist[reached] >= pathCost - EPS) {
            return null;
        }
        boolean[] nodes = new boolean[n];
        for (int v = 0; v < n; v++) {
            nodes[v] = sideA[v] || sideB[v];
        }
        int v = reached;
        while (!sideA[v]) {
            nodes[v] = true;
            v = problem.other(paths.predEdge[v], v);
        }
        return spanning.of(nodes);
    }

    private boolean[] component(int start, boolean[] treeEdge) {
        boolean[] seen = new boolean[problem.nodeCount()];
        ArrayDeque<Integer> stack = new ArrayDeque<>();
        stack.push(start);
        seen[start] = true;
        while (!stack.isEmpty()) {
            int v = stack.pop();
            for (int i = problem.adjStart[v]; i < problem.adjStart[v + 1]; i++) {
                int w = problem.adjNode[i];
                if (treeEdge[problem.adjEdge[i]] && !seen[w]) {
                    seen[w] = true;
                    stack.push(w);
                }
            }
        }
        return seen;
    }
}
