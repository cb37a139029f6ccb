package org.symbiopark.routing;

/**
 * The shortest-path heuristic (Takahashi and Matsuyama, 1980): grow a tree from a root terminal
 * by adding, one at a time, the shortest path to the nearest terminal not yet connected. The
 * distances to the tree are kept between steps and only lowered from the newly added path, so
 * one construction costs about as much as a few Dijkstra runs.
 */
final class ShortestPathHeuristic {

    private final SteinerProblem problem;

    ShortestPathHeuristic(SteinerProblem problem) {
        this.problem = problem;
    }

    /**
     * The nodes of the tree grown from {@code root} under the costs of {@code paths}, or null
     * when some terminal cannot be reached.
     */
    boolean[] grow(int root, ShortestPaths paths) {
        boolean[] inTree = new boolean[problem.nodeCount()];
        paths.reset();
        inTree[root] = true;
        paths.source(root, 0);
        paths.run(Double.POSITIVE_INFINITY);
        int remaining = problem.terminalCount() - (problem.isTerminal(root) ? 1 : 0);
        while (remaining > 0) {
            int nearest = -1;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < problem.terminalCount(); i++) {
                int t = problem.terminalAt(i);
                if (!inTree[t] && paths.dist[t] < best) {
                    best = paths.dist[t];
                    nearest = t;
                }
            }
            if (nearest < 0) {
                return null;
            }
            int v = nearest;
            while (!inTree[v]) {
                inTree[v] = true;
                if (problem.isTerminal(v)) {
                    remaining--;
                }
                int e = paths.predEdge[v];
                paths.source(v, 0);
                v = problem.other(e, v);
            }
            paths.run(Double.POSITIVE_INFINITY);
        }
        return inTree;
    }
}
