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
    // key-path exchange scratch: marks compare against a stamp, so nothing is cleared per path
    private final int[] edgeMark;
    private final int[] sideA;
    private final int[] sideB;
    private final int[] listA;
    private final int[] listB;
    private final int[] stack;
    private int stamp;
    // Steiner-vertex moves scratch
    private final int[] induced;
    private final int[] merged;
    private final int[] ownEdges;

    SteinerLocalSearch(SteinerProblem problem, InducedSpanningTree spanning, long deadlineNanos) {
        this.problem = problem;
        this.spanning = spanning;
        this.paths = new ShortestPaths(problem);
        this.deadlineNanos = deadlineNanos;
        int n = problem.nodeCount();
        edgeMark = new int[problem.edgeCount()];
        sideA = new int[n];
        sideB = new int[n];
        listA = new int[n];
        listB = new int[n];
        stack = new int[n];
        induced = new int[problem.edgeCount()];
        merged = new int[problem.edgeCount()];
        int maxDegree = 0;
        for (int v = 0; v < n; v++) {
            maxDegree = Math.max(maxDegree, problem.degree(v));
        }
        ownEdges = new int[maxDegree];
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
            int inducedCount = spanning.inducedEdges(inTree, induced);
            // elimination: re-span without v, over the edges among the tree's nodes
            for (int v = 0; v < inTree.length; v++) {
                if (!inTree[v] || problem.isTerminal(v)) {
                    continue;
                }
                if ((v & 63) == 0 && System.nanoTime() > deadlineNanos) {
                    return tree;
                }
                inTree[v] = false;
                int[] candidate = spanning.span(inTree, induced, inducedCount);
                double c = candidate == null ? Double.POSITIVE_INFINITY : problem.cost(candidate);
                if (c < cost - EPS) {
                    tree = candidate;
                    cost = c;
                    inTree = nodesOf(tree);
                    inducedCount = spanning.inducedEdges(inTree, induced);
                    improved = true;
                } else {
                    inTree[v] = true;
                }
            }
            // insertion: re-span with v, over those edges and v's edges to the tree
            for (int v = 0; v < inTree.length; v++) {
                if (inTree[v]) {
                    continue;
                }
                if ((v & 63) == 0 && System.nanoTime() > deadlineNanos) {
                    return tree;
                }
                int own = edgesToTree(v, inTree);
                if (own < 2) {
                    continue;
                }
                int mergedCount = merge(induced, inducedCount, own);
                inTree[v] = true;
                int[] candidate = spanning.span(inTree, merged, mergedCount);
                double c = candidate == null ? Double.POSITIVE_INFINITY : problem.cost(candidate);
                if (c < cost - EPS) {
                    tree = candidate;
                    cost = c;
                    inTree = nodesOf(tree);
                    inducedCount = spanning.inducedEdges(inTree, induced);
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

    /** Collects v's edges to tree nodes into {@code ownEdges}, cheapest first; returns how many. */
    private int edgesToTree(int v, boolean[] inTree) {
        int count = 0;
        for (int i = problem.adjStart[v]; i < problem.adjStart[v + 1]; i++) {
            if (inTree[problem.adjNode[i]]) {
                int e = problem.adjEdge[i];
                int at = count++;
                while (at > 0 && spanning.rank(ownEdges[at - 1]) > spanning.rank(e)) {
                    ownEdges[at] = ownEdges[at - 1];
                    at--;
                }
                ownEdges[at] = e;
            }
        }
        return count;
    }

    /** Merges the sorted induced edges and the sorted {@code ownEdges} into {@code merged}. */
    private int merge(int[] edges, int count, int own) {
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < count || j < own) {
            if (j == own || (i < count && spanning.rank(edges[i]) < spanning.rank(ownEdges[j]))) {
                merged[k++] = edges[i++];
            } else {
                merged[k++] = ownEdges[j++];
            }
        }
        return k;
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

    /**
     * One pass of key-path exchanges over the key paths of the tree at the start of the pass; a
     * path that an earlier exchange in the pass broke up is skipped. The improved tree, or null.
     */
    private int[] keyPathExchange(int[] tree, double cost) {
        boolean anyImproved = false;
        boolean[] treeEdge = new boolean[problem.edgeCount()];
        int[] degree = new int[problem.nodeCount()];
        mark(tree, treeEdge, degree);
        for (List<Integer> keyPath : keyPaths(tree)) {
            if (System.nanoTime() > deadlineNanos) {
                break;
            }
            if (!intact(keyPath, treeEdge, degree)) {
                continue;
            }
            int[] better = reconnect(keyPath, treeEdge);
            if (better != null) {
                double c = problem.cost(better);
                if (c < cost - EPS) {
                    mark(tree, treeEdge, null);
                    tree = better;
                    cost = c;
                    java.util.Arrays.fill(degree, 0);
                    mark(tree, treeEdge, degree);
                    anyImproved = true;
                }
            }
        }
        return anyImproved ? tree : null;
    }

    /** Sets the tree's edge flags (clears them when {@code degree} is null) and counts degrees. */
    private void mark(int[] tree, boolean[] treeEdge, int[] degree) {
        for (int e : tree) {
            treeEdge[e] = degree != null;
            if (degree != null) {
                degree[problem.edgeU(e)]++;
                degree[problem.edgeV(e)]++;
            }
        }
    }

    /** Whether every edge of the path is still in the tree and its inner vertices still have degree 2. */
    private boolean intact(List<Integer> path, boolean[] treeEdge, int[] degree) {
        for (int e : path) {
            if (!treeEdge[e]) {
                return false;
            }
        }
        for (int i = 0; i + 1 < path.size(); i++) {
            int a = path.get(i);
            int b = path.get(i + 1);
            int shared = problem.edgeU(a) == problem.edgeU(b) || problem.edgeU(a) == problem.edgeV(b)
                    ? problem.edgeU(a) : problem.edgeV(a);
            if (degree[shared] != 2 || problem.isTerminal(shared)) {
                return false;
            }
        }
        return true;
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
            // walk both ways from e0 to the key vertices at its ends, keeping the edges in path order
            ArrayDeque<Integer> path = new ArrayDeque<>();
            path.add(e0);
            walked[e0] = true;
            for (int end : new int[] {problem.edgeU(e0), problem.edgeV(e0)}) {
                boolean front = end == problem.edgeU(e0);
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
                    if (front) {
                        path.addFirst(next);
                    } else {
                        path.addLast(next);
                    }
                    came = next;
                    v = problem.other(next, v);
                }
            }
            result.add(new ArrayList<>(path));
        }
        return result;
    }

    /**
     * The tree with {@code keyPath} replaced by a shortest connection of the two parts it leaves,
     * or null when no connection is cheaper. Works in the size of the tree, not of the graph.
     */
    private int[] reconnect(List<Integer> keyPath, boolean[] treeEdge) {
        stamp++;
        double pathCost = 0;
        for (int e : keyPath) {
            edgeMark[e] = stamp;
            pathCost += problem.edgeCost(e);
        }
        int first = keyPath.get(0);
        int last = keyPath.get(keyPath.size() - 1);
        int a;
        int b;
        if (keyPath.size() == 1) {
            a = problem.edgeU(first);
            b = problem.edgeV(first);
        } else {
            a = endOf(first, keyPath.get(1));
            b = endOf(last, keyPath.get(keyPath.size() - 2));
        }
        int countA = flood(a, treeEdge, sideA, listA);
        int countB = flood(b, treeEdge, sideB, listB);
        // search from the smaller part: fewer sources, a smaller search
        boolean fromA = countA <= countB;
        int[] sources = fromA ? listA : listB;
        int sourceCount = fromA ? countA : countB;
        int[] sourceMark = fromA ? sideA : sideB;
        paths.clear();
        for (int i = 0; i < sourceCount; i++) {
            paths.source(sources[i], 0);
        }
        int reached = paths.runUntilMarked(pathCost - EPS, fromA ? sideB : sideA, stamp);
        if (reached < 0 || paths.dist[reached] >= pathCost - EPS) {
            return null;
        }
        boolean[] nodes = new boolean[problem.nodeCount()];
        for (int i = 0; i < countA; i++) {
            nodes[listA[i]] = true;
        }
        for (int i = 0; i < countB; i++) {
            nodes[listB[i]] = true;
        }
        int v = reached;
        while (sourceMark[v] != stamp) {
            nodes[v] = true;
            v = problem.other(paths.predEdge[v], v);
        }
        return spanning.of(nodes);
    }

    /** The end of edge {@code e} not shared with the neighbouring path edge {@code next}. */
    private int endOf(int e, int next) {
        int u = problem.edgeU(e);
        return u == problem.edgeU(next) || u == problem.edgeV(next) ? problem.edgeV(e) : u;
    }

    /** Marks and lists the tree nodes reachable from {@code start} without the key path's edges. */
    private int flood(int start, boolean[] treeEdge, int[] mark, int[] list) {
        int count = 0;
        int top = 0;
        stack[top++] = start;
        mark[start] = stamp;
        while (top > 0) {
            int v = stack[--top];
            list[count++] = v;
            for (int i = problem.adjStart[v]; i < problem.adjStart[v + 1]; i++) {
                int e = problem.adjEdge[i];
                int w = problem.adjNode[i];
                if (treeEdge[e] && edgeMark[e] != stamp && mark[w] != stamp) {
                    mark[w] = stamp;
                    stack[top++] = w;
                }
            }
        }
        return count;
    }
}
