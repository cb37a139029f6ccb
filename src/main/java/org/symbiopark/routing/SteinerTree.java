package org.symbiopark.routing;

/**
 * A solution: the indices of the problem's edges forming a tree that connects every terminal,
 * and their total cost. {@code proven} says the cost is known to be optimal (an exact search
 * finished); heuristics leave it false.
 */
public record SteinerTree(int[] edges, double cost, boolean proven) {

    public SteinerTree {
        edges = edges.clone();
    }

    @Override
    public int[] edges() {
        return edges.clone();
    }
}
