package org.symbiopark.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.symbiopark.graph.IndexedMinHeap;

/**
 * Reduction tests that shrink a Steiner problem without losing its optimum (Duin and Volgenant
 * 1989; Polzin and Vahdati Daneshmand 2001), repeated until none applies or the time is up:
 * <ul>
 * <li>a non-terminal of degree 0 or 1 is removed;</li>
 * <li>a non-terminal of degree 2 is replaced by one edge joining its neighbours;</li>
 * <li>of parallel edges only the cheapest stays;</li>
 * <li>a terminal's cheapest edge is contracted when it leads to a terminal or is its only edge
 * (some optimal tree contains it: swap it in for the other tree edge at the terminal);</li>
 * <li>special distance: an edge {u, v} is deleted when another path joins u and v whose longest
 * stretch between consecutive terminals is no longer than the edge (a bounded search finds such
 * paths; any path found is a proof, so the test is sound even when it misses one).</li>
 * </ul>
 */
public final class SteinerReductions {

    private static final int SEARCH_POPS = 200;

    private final int n;
    private final boolean[] nodeAlive;
    private final boolean[] terminal;
    private int terminalCount;
    private final IntList[] adjacency;
    private int edgeCount;
    private int[] eu;
    private int[] ev;
    private double[] ew;
    private boolean[] edgeAlive;
    private int[][] originals;
    private final IntList fixed = new IntList();
    private double fixedCost;
    private final ArrayList<Integer> queue = new ArrayList<>();

    private SteinerReductions(SteinerProblem p) {
        n = p.nodeCount();
        nodeAlive = new boolean[n];
        Arrays.fill(nodeAlive, true);
        terminal = new boolean[n];
        for (int t : p.terminals()) {
            terminal[t] = true;
        }
        terminalCount = p.terminalCount();
        adjacency = new IntList[n];
        for (int v = 0; v < n; v++) {
            adjacency[v] = new IntList();
        }
        int m = p.edgeCount();
        eu = new int[m + n];
        ev = new int[m + n];
        ew = new double[m + n];
        edgeAlive = new boolean[m + n];
        originals = new int[m + n][];
        for (int e = 0; e < m; e++) {
            if (p.edgeU(e) != p.edgeV(e)) {
                addEdge(p.edgeU(e), p.edgeV(e), p.edgeCost(e), new int[] {e});
            }
        }
    }

    /** The reduced problem; stops testing at {@code deadlineNanos}. */
    public static ReducedSteinerProblem reduce(SteinerProblem problem, long deadlineNanos) {
        SteinerReductions r = new SteinerReductions(problem);
        for (int v = 0; v < r.n; v++) {
            r.queue.add(v);
        }
        boolean changed = true;
        while (changed && System.nanoTime() < deadlineNanos) {
            r.degreeTests();
            changed = r.specialDistanceTest(deadlineNanos);
        }
        r.degreeTests();
        return r.compact();
    }

    private void degreeTests() {
        while (!queue.isEmpty()) {
            int v = queue.remove(queue.size() - 1);
            if (!nodeAlive[v]) {
                continue;
            }
            IntList edges = liveEdges(v);
            int degree = edges.size;
            if (!terminal[v]) {
                if (degree == 0) {
                    nodeAlive[v] = false;
                } else if (degree == 1) {
                    int e = edges.get(0);
                    int w = other(e, v);
                    killEdge(e);
                    nodeAlive[v] = false;
                    queue.add(w);
                } else if (degree == 2) {
                    int e1 = edges.get(0);
                    int e2 = edges.get(1);
                    int a = other(e1, v);
                    int b = other(e2, v);
                    double cost = ew[e1] + ew[e2];
                    int[] path = concat(originals[e1], originals[e2]);
                    killEdge(e1);
                    killEdge(e2);
                    nodeAlive[v] = false;
                    addEdge(a, b, cost, path);
                    queue.add(a);
                    queue.add(b);
                }
            } else if (terminalCount > 1 && degree > 0) {
                int cheapest = edges.get(0);
                for (int i = 1; i < degree; i++) {
                    if (ew[edges.get(i)] < ew[cheapest]) {
                        cheapest = edges.get(i);
                    }
                }
                int u = other(cheapest, v);
                if (degree == 1 || terminal[u]) {
                    contract(v, cheapest);
                    queue.add(u);
                }
            }
        }
    }

    /** Puts edge {@code e} into the solution and merges terminal {@code t} into its other end. */
    private void contract(int t, int e) {
        int u = other(e, t);
        fixed.addAll(originals[e]);
        fixedCost += ew[e];
        killEdge(e);
        IntList rest = liveEdges(t);
        for (int i = 0; i < rest.size; i++) {
            int f = rest.get(i);
            int x = other(f, t);
            double cost = ew[f];
            int[] path = originals[f];
            killEdge(f);
            addEdge(u, x, cost, path);
            queue.add(x);
        }
        nodeAlive[t] = false;
        terminal[t] = false;
        if (terminal[u]) {
            terminalCount--;
        } else {
            terminal[u] = true;
        }
    }

    private boolean specialDistanceTest(long deadlineNanos) {
        boolean deleted = false;
        double[] key = new double[n];
        double[] stretch = new double[n];
        Arrays.fill(key, Double.POSITIVE_INFINITY);
        IndexedMinHeap heap = new IndexedMinHeap(n);
        IntList touched = new IntList();
        for (int e = 0; e < edgeCount; e++) {
            if (!edgeAlive[e] || ew[e] <= 0) {
                continue;
            }
            if ((e & 63) == 0 && System.nanoTime() > deadlineNanos) {
                break;
            }
            int source = eu[e];
            int target = ev[e];
            double limit = ew[e];
            key[source] = 0;
            stretch[source] = 0;
            touched.add(source);
            heap.offer(source, 0);
            boolean found = false;
            int pops = 0;
            while (!heap.isEmpty() && pops++ < SEARCH_POPS) {
                int x = heap.poll();
                if (x == target) {
                    found = true;
                    break;
                }
                IntList edges = liveEdges(x);
                for (int i = 0; i < edges.size; i++) {
                    int f = edges.get(i);
                    if (f == e) {
                        continue;
                    }
                    int y = other(f, x);
                    double s = stretch[x] + ew[f];
                    double k = Math.max(key[x], s);
                    if (k > limit) {
                        continue;
                    }
                    if (terminal[y] || y == target) {
                        s = 0;
                    }
                    if (k < key[y] || (k == key[y] && s < stretch[y] && heap.contains(y))) {
                        if (key[y] == Double.POSITIVE_INFINITY) {
                            touched.add(y);
                        }
                        key[y] = k;
                        stretch[y] = s;
                        heap.offer(y, k);
                    }
                }
            }
            heap.clear();
            for (int i = 0; i < touched.size; i++) {
                key[touched.get(i)] = Double.POSITIVE_INFINITY;
            }
            touched.size = 0;
            if (found) {
                killEdge(e);
                queue.add(source);
                queue.add(target);
                deleted = true;
            }
        }
        return deleted;
    }

    private ReducedSteinerProblem compact() {
        int[] index = new int[n];
        int nodes = 0;
        for (int v = 0; v < n; v++) {
            index[v] = nodeAlive[v] ? nodes++ : -1;
        }
        IntList us = new IntList();
        IntList vs = new IntList();
        List<Double> ws = new ArrayList<>();
        List<int[]> paths = new ArrayList<>();
        for (int e = 0; e < edgeCount; e++) {
            if (edgeAlive[e]) {
                us.add(index[eu[e]]);
                vs.add(index[ev[e]]);
                ws.add(ew[e]);
                paths.add(originals[e]);
            }
        }
        IntList terminals = new IntList();
        for (int v = 0; v < n; v++) {
            if (nodeAlive[v] && terminal[v]) {
                terminals.add(index[v]);
            }
        }
        SteinerProblem reduced = new SteinerProblem(nodes, us.toArray(), vs.toArray(),
                ws.stream().mapToDouble(Double::doubleValue).toArray(), terminals.toArray());
        return new ReducedSteinerProblem(reduced, paths.toArray(int[][]::new), fixed.toArray(), fixedCost);
    }

    private void addEdge(int a, int b, double cost, int[] path) {
        IntList edges = liveEdges(adjacency[a].size <= adjacency[b].size ? a : b);
        for (int i = 0; i < edges.size; i++) {
            int f = edges.get(i);
            if ((eu[f] == a && ev[f] == b) || (eu[f] == b && ev[f] == a)) {
                if (ew[f] <= cost) {
                    return;
                }
                killEdge(f);
                break;
            }
        }
        if (edgeCount == eu.length) {
            int size = eu.length * 2 + 4;
            eu = Arrays.copyOf(eu, size);
            ev = Arrays.copyOf(ev, size);
            ew = Arrays.copyOf(ew, size);
            edgeAlive = Arrays.copyOf(edgeAlive, size);
            originals = Arrays.copyOf(originals, size);
        }
        int e = edgeCount++;
        eu[e] = a;
        ev[e] = b;
        ew[e] = cost;
        edgeAlive[e] = true;
        originals[e] = path;
        adjacency[a].add(e);
        adjacency[b].add(e);
    }

    private void killEdge(int e) {
        edgeAlive[e] = false;
    }

    private int other(int e, int v) {
        return eu[e] == v ? ev[e] : eu[e];
    }

    /** The live edges at {@code v}; dead ones are dropped from its list on the way. */
    private IntList liveEdges(int v) {
        IntList list = adjacency[v];
        int kept = 0;
        for (int i = 0; i < list.size; i++) {
            int e = list.get(i);
            if (edgeAlive[e]) {
                list.values[kept++] = e;
            }
        }
        list.size = kept;
        return list;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** A growable list of ints. */
    static final class IntList {
        int[] values = new int[4];
        int size;

        void add(int v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        void addAll(int[] vs) {
            for (int v : vs) {
                add(v);
            }
        }

        int get(int i) {
            return values[i];
        }

        int[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
