package org.symbiopark.routing;

import java.util.List;

/**
 * A stretch of the network between two of its key points (terminals and branch points), with
 * no branch inside: one pipe of one diameter.
 *
 * @param cells           the grid cells from the upstream end to the downstream end (in the
 *                        direction the carrier flows; as found when no net flow)
 * @param fromTerminal    the terminal at the upstream end, {@code null} at a branch point
 * @param toTerminal      the terminal at the downstream end, {@code null} at a branch point
 * @param lengthM         physical length, m
 * @param weightedLengthM Σ step length × cell cost, m: the length of open-ground pipe that costs
 *                        as much to build
 * @param flowPerYear     net quantity carried, in the carrier's catalog unit per year (≥ 0)
 * @param diameterM       inner diameter the cost model sized for the flow; {@code null} for
 *                        cables and for stretches that carry nothing
 * @param costPerYear     what the cost model charges for the stretch, park currency per year
 * @param reusedLengthM   the metres that run along an existing pipeline able to carry the flow:
 *                        they pay no capital, only O&amp;M, pumping and heat loss
 * @param reusedPipelineIds the existing pipelines reused, in the order first met
 * @param notes           why an existing pipeline along the stretch was not reused
 */
public record NetworkSegment(int[] cells, String fromTerminal, String toTerminal, double lengthM,
                             double weightedLengthM, double flowPerYear, Double diameterM, double costPerYear,
                             double reusedLengthM, List<String> reusedPipelineIds, List<String> notes) {

    public NetworkSegment {
        cells = cells.clone();
        reusedPipelineIds = List.copyOf(reusedPipelineIds);
        notes = List.copyOf(notes);
    }

    @Override
    public int[] cells() {
        return cells.clone();
    }
}
