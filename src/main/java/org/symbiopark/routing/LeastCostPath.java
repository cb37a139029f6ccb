package org.symbiopark.routing;

import org.locationtech.jts.geom.LineString;

/**
 * A least-cost path on a {@link CostSurface}, simplified.
 *
 * @param lineM        the simplified line in the work CRS, from the first terminal's point to the second's
 * @param lengthM      its length, m
 * @param cost         its exact cell-crossing cost (each cell's cost × the line's length inside it), in
 *                     equivalent metres of open-ground trench
 * @param gridCost     the cost of the grid path the search found, centre to centre, same unit; the
 *                     simplified line never costs more than the grid path it replaces, apart from the
 *                     bits from each terminal's point to its cell centre
 * @param cells        the cells of the grid path
 * @param settledCells cells the search settled
 */
public record LeastCostPath(LineString lineM, double lengthM, double cost, double gridCost, int cells,
                            int settledCells) {
}
