package org.symbiopark.routing;

import java.util.BitSet;

/**
 * A pipeline already in the ground, as the network planner sees it: the grid cells it runs
 * through (traced like the cost surface's corridor lines, {@link CostSurfaceBuilder#lineCells})
 * and what it can carry.
 *
 * @param id              the pipeline's feature id
 * @param carrier         catalog id of what it carries; only pipes of the network's carrier are reused
 * @param diameterM       inner diameter, m; {@code null} when unknown
 * @param capacityPerYear what it can carry, in the carrier's catalog unit per year; {@code null}
 *                        when unknown (then its diameter decides)
 * @param cells           the whole-grid cells it passes through
 */
public record ExistingPipe(String id, String carrier, Double diameterM, Double capacityPerYear, BitSet cells) {

    public ExistingPipe {
        cells = (BitSet) cells.clone();
    }

    @Override
    public BitSet cells() {
        return (BitSet) cells.clone();
    }

    boolean runsThrough(int cell) {
        return cells.get(cell);
    }
}
