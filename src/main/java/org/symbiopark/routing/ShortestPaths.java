package org.symbiopark.routing;

import java.util.Arrays;
import org.symbiopark.graph.IndexedMinHeap;

/**
 * Dijkstra's algorithm on a {@link SteinerProblem}'s graph from a set of sources, reusing its
 * arrays between runs. Edge costs may be replaced (perturbed costs for randomised restarts).
 * After a run, {@code dist[v]} is the distance from the nearest source, {@code predEdge[v]} the
 * last edge of a shortest path (-1 at sources and unreached nodes) and {@code base[v]} the
 * source it comes from.
 */
final class ShortestPaths {

    private final SteinerProblem problem;
    private final double[] cost;
    final double[] dist;
    final int[] predEdge;
    final int[] base;
    private final IndexedMinHeap heap;
    private final int[] touched;
    private int touchedCount;

    ShortestPaths(SteinerProblem problem) {
        this(problem, null);
    }

    ShortestPaths(SteinerProblem problem, double[] edgeCost) {
        this.problem = problem;
        if (edgeCost == null) {
            edgeCost = new double[problem.edgeCount()];
            for (int e = 0; e < edgeCost.length; e++) {
                edgeCost[e] = problem.edgeCost(e);
            }
        }
        this.cost = edgeCost;
        int n = problem.nodeCount();
        dist = new double[n];
        predEdge = new int[n];
        base = new int[n];
        heap = new IndexedMinHeap(n);
        touched = new int[n];
        reset();
    }

    double edgeCost(int e) {
        return cost[e];
    }

    void reset() {
        Arrays.fill(dist, Double.POSITIVE_INFINITY);
        Arrays.fill(predEdge, -1);
        Arrays.fill(base, -1);
        heap.clear();
        touchedCount = 0;
    }

    /** Resets only the nodes reached since the last reset: cheap after a bounded search. */
    void clear() {
        for (int i = 0; i < touchedCount; i++) {
            int v = touched[i];
            dist[v] = Double.POSITIVE_INFINITY;
            predEdge[v] = -1;
            base[v] = -1;
        }
        touchedCount = 0;
        heap.clear();
    }

    private void touch(int v) {
        if (dist[v] == Double.POSITIVE_INFINITY) {
            touched[touchedCount++] = v;
        }
    }

    /** Sets a source at distance {@code d} (0 for a plain source), to be followed by {@link #run}. */
    void source(int v, double d) {
        if (d < dist[v]) {
            touch(v);
            dist[v] = d;
            predEdge[v] = -1;
            base[v] = v;
            heap.offer(v, d);
        }
    }

    /** Settles nodes until the queue is empty or the next distance exceeds {@code bound}. */
    void run(double bound) {
        run(bound, -1, null);
    }

    /**
     * Settles nodes in distance order, never passing an edge marked in {@code blockedEdge}; stops
     * when {@code target} is settled or the next distance exceeds {@code bound}. Returns the first
     * settled node with {@code stopAt[v]} true, or -1.
     */
    int run(double bound, int target, boolean[] stopAt) {
        return run(bound, target, stopAt, null, 0);
    }

    /** As {@link #run(double, int, boolean[])}, stopping at the first node with {@code mark[v] == stamp}. */
    int runUntilMarked(double bound, int[] mark, int stamp) {
        return run(bound, -1, null, mark, stamp);
    }

    private int run(double bound, int target, boolean[] stopAt, int[] mark, int stamp) {
        int[] start = problem.adjStart;
        int[] adjNode = problem.adjNode;
        int[] adjEdge = problem.adjEdge;
        while (!heap.isEmpty()) {
            if (heap.minKey() > bound) {
                return -1;
            }
            int u = heap.poll();
            if (u == target || (stopAt != null && stopAt[u]) || (mark != null && mark[u] == stamp)) {
                return u;
            }
            double du = dist[u];
            for (int i = start[u], end = start[u + 1]; i < end; i++) {
                int v = adjNode[i];
                double dv = du + cost[adjEdge[i]];
                if (dv < dist[v]) {
                    touch(v);
                    dist[v] = dv;
                    predEdge[v] = adjEdge[i];
                    base[v] = base[u];
                    heap.offer(v, dv);
                }
            }
        }
        return -1;
    }
}
