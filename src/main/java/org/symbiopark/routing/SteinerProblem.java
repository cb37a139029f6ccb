package org.symbiopark.routing;

import java.util.Arrays;

/**
 * The Steiner tree problem in graphs: an undirected graph with nodes {@code 0..nodeCount-1},
 * edges {@code i} joining {@code edgeU[i]}–{@code edgeV[i]} at a non-negative {@code edgeCost[i]},
 * and the terminals a tree must connect. The adjacency is kept in compressed (CSR) arrays so the
 * solvers walk it without boxing: the edges at node {@code v} are
 * {@code adjEdge[adjStart[v] .. adjStart[v+1])}, their far ends in {@code adjNode}.
 */
public final class SteinerProblem {

    private final int nodeCount;
    private final int[] edgeU;
    private final int[] edgeV;
    private final double[] edgeCost;
    private final int[] terminals;
    private final boolean[] terminal;
    final int[] adjStart;
    final int[] adjNode;
    final int[] adjEdge;

    public SteinerProblem(int nodeCount, int[] edgeU, int[] edgeV, double[] edgeCost, int[] terminals) {
        if (edgeU.length != edgeV.length || edgeU.length != edgeCost.length) {
            throw new IllegalArgumentException("edge arrays differ in length");
        }
        this.nodeCount = nodeCount;
        this.edgeU = edgeU.clone();
        this.edgeV = edgeV.clone();
        this.edgeCost = edgeCost.clone();
        this.terminal = new boolean[nodeCount];
        for (int e = 0; e < edgeU.length; e++) {
            checkNode(edgeU[e]);
            checkNode(edgeV[e]);
            if (!(edgeCost[e] >= 0) || Double.isInfinite(edgeCost[e])) {
                throw new IllegalArgumentException("edge " + e + " has cost " + edgeCost[e] + "; costs must be finite and >= 0");
            }
        }
        for (int t : terminals) {
            checkNode(t);
            terminal[t] = true;
        }
        this.terminals = Arrays.stream(terminals).distinct().toArray();
        adjStart = new int[nodeCount + 1];
        for (int e = 0; e < edgeU.length; e++) {
            adjStart[edgeU[e] + 1]++;
            adjStart[edgeV[e] + 1]++;
        }
        for (int v = 0; v < nodeCount; v++) {
            adjStart[v + 1] += adjStart[v];
        }
        adjNode = new int[2 * edgeU.length];
        adjEdge = new int[2 * edgeU.length];
        int[] fill = Arrays.copyOf(adjStart, nodeCount);
        for (int e = 0; e < edgeU.length; e++) {
            adjNode[fill[edgeU[e]]] = edgeV[e];
            adjEdge[fill[edgeU[e]]++] = e;
            adjNode[fill[edgeV[e]]] = edgeU[e];
            adjEdge[fill[edgeV[e]]++] = e;
        }
    }

    private void checkNode(int v) {
        if (v < 0 || v >= nodeCount) {
            throw new IllegalArgumentException("node " + v + " outside 0.." + (nodeCount - 1));
        }
    }

    public int nodeCount() {
        return nodeCount;
    }

    public int edgeCount() {
        return edgeU.length;
    }

    public int edgeU(int e) {
        return edgeU[e];
    }

    public int edgeV(int e) {
        return edgeV[e];
    }

    public double edgeCost(int e) {
        return edgeCost[e];
    }

    /** The far end of edge {@code e} seen from {@code v}. */
    public int other(int e, int v) {
        return edgeU[e] == v ? edgeV[e] : edgeU[e];
    }

    public int degree(int v) {
        return adjStart[v + 1] - adjStart[v];
    }

    /** The terminals, each once. */
    public int[] terminals() {
        return terminals.clone();
    }

    public int terminalCount() {
        return terminals.length;
    }

    int terminalAt(int i) {
        return terminals[i];
    }

    public boolean isTerminal(int v) {
        return terminal[v];
    }

    /** The total cost of a set of edges, each counted once. */
    public double cost(int[] edges) {
        double sum = 0;
        for (int e : edges) {
            sum += edgeCost[e];
        }
        return sum;
    }
}
