package org.symbiopark.analysis;

import org.locationtech.jts.geom.LineString;
import org.symbiopark.routing.LeastCostPath;
import org.symbiopark.routing.Neighbourhood;

/**
 * A least-cost path between two ends of a park, answered and not stored.
 *
 * @param lineWgs84 the simplified line, longitude/latitude
 * @param path      the engine's answer in the work CRS (length, costs, cells)
 * @param carrier   the catalog resource the path is for, or {@code null}
 */
public record RoutedPath(LineString lineWgs84, LeastCostPath path, double cellSizeM, Neighbourhood neighbourhood,
                         String carrier, int workSrid) {
}
