package org.symbiopark.routing;

/**
 * One exchange on its own least-cost path, sized for its own quantity: the alternative a shared
 * network is compared with.
 *
 * @param cells       the path's grid cells from supplier to receiver
 * @param diameterM   as sized by the cost model; {@code null} for cables
 */
public record PointToPointPipe(String supplier, String receiver, int[] cells, double lengthM, double weightedLengthM,
                               double quantityPerYear, Double diameterM, double costPerYear) {

    public PointToPointPipe {
        cells = cells.clone();
    }

    @Override
    public int[] cells() {
        return cells.clone();
    }
}
