package org.symbiopark.routing;

import java.util.Arrays;

/**
 * A problem after reductions, with the way back: each edge of {@code problem} stands for the
 * original edges {@code originalEdges[e]} (a contracted path), and {@code fixedEdges} (total
 * {@code fixedCost}) belong to every tree the reductions kept optimal. An optimal tree of the
 * reduced problem plus the fixed edges is an optimal tree of the original.
 */
public record ReducedSteinerProblem(SteinerProblem problem, int[][] originalEdges, int[] fixedEdges,
        double fixedCost) {

    /** The original edges of a tree of the reduced problem, fixed edges included. */
    public int[] expand(int[] reducedEdges) {
        int[] out = Arrays.copyOf(fixedEdges, fixedEdges.length
                + Arrays.stream(reducedEdges).map(e -> originalEdges[e].length).sum());
        int at = fixedEdges.length;
        for (int e : reducedEdges) {
            for (int original : originalEdges[e]) {
                out[at++] = original;
            }
        }
        return out;
    }
}
