package org.symbiopark.maps.render;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/** A feature to draw: its geometry in the map CRS (x east, y north) and the attributes styles filter on. */
public record RenderFeature(String id, Geometry geometry, Map<String, Object> properties) {
}
