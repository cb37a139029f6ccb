package org.symbiopark.routing;

import java.util.List;

/**
 * One exchange on its own least-cost path, sized for its own quantity: the alternative a shared
 * network is compared with.
 *
 * @param cells       the path's grid cells from supplier to receiver
 * @param diameterM   as sized by the cost model; {@code null} for cables
 * @param reusedLengthM the metres along an existing pipeline able to carry the quantity (no capital paid)
 * @param reusedPipelineIds the existing pipelines reused
 * @param notes       why an existing pipeline along the path was not reused
 */
public record PointToPointPipe(String supplier, String receiver, int[] cells, double lengthM, double weightedLengthM,
                               double quantityPerYear, Double diameterM, double costPerYear, double reusedLengthM,
                               List<String> reusedPipelineIds, List<String> notes) {

    public PointToPointPipe {
        cells = cells.clone();
        reusedPipelineIds = List.copyOf(reusedPipelineIds);
        notes = List.copyOf(notes);
    }

    @Override
    public int[] cells() {
        return cells.clone();
    }
}
