package org.symbiopark.analysis;

import org.symbiopark.park.ParkData;
import org.symbiopark.routing.CostSurface;
import org.symbiopark.routing.SurfaceLayers;

/**
 * A stored park's cost surface with what it was built from: the park as exported, its work CRS
 * (EPSG code) and its layers in that CRS.
 */
public record ParkCostSurface(ParkData data, int workSrid, SurfaceLayers layers, CostSurface surface) {
}
