package org.symbiopark.routing;

import java.util.stream.IntStream;

/**
 * Exact by enumeration: some optimal Steiner tree is the pruned minimum spanning tree of the
 * terminals plus its Steiner vertices, so trying every subset of the non-terminals finds it.
 * 2^(n−k) spanning trees: for reduced problems with many terminals and few other vertices, where
 * {@link DreyfusWagnerSteinerTree} (exponential in the terminals) cannot go.
 */
public final class SteinerVertexEnumerationSteinerTree implements SteinerTreeAlgorithm {

    private static final double MAX_WORK = 4e7;
    private static final int MAX_FREE_VERTICES = 24;

    /** Whether the enumeration is small enough to finish in well under a second. */
    public static boolean fits(SteinerProblem problem) {
        int free = problem.nodeCount() - problem.terminalCount();
        return free <= MAX_FREE_VERTICES
                && Math.pow(2, free) * (problem.edgeCount() + problem.nodeCount()) <= MAX_WORK;
    }

    @Override
    public SteinerTree solve(SteinerProblem problem, SearchBudget budget) {
        if (problem.terminalCount() <= 1) {
            return new SteinerTree(new int[0], 0, true);
        }
        int[] free = IntStream.range(0, problem.nodeCount()).filter(v -> !problem.isTerminal(v)).toArray();
        if (free.length > MAX_FREE_VERTICES) {
            throw new IllegalArgumentException(free.length + " non-terminals are too many to enumerate");
        }
        InducedSpanningTree spanning = new InducedSpanningTree(problem);
        boolean[] nodes = new boolean[problem.nodeCount()];
        for (int t : problem.terminals()) {
            nodes[t] = true;
        }
        int[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        // Gray code order: one vertex changes per step
        for (long i = 0; i < 1L << free.length; i++) {
            if (i > 0) {
                int flip = Long.numberOfTrailingZeros(i);
                nodes[free[flip]] = !nodes[free[flip]];
            }
            int[] tree = spanning.of(nodes);
            if (tree != null) {
                double cost = problem.cost(tree);
                if (cost < bestCost) {
                    best = tree;
                    bestCost = cost;
                }
            }
        }
        if (best == null) {
            throw MehlhornSteinerTree.unreachable(problem);
        }
        return new SteinerTree(best, bestCost, true);
    }
}
