package org.symbiopark.park;

import org.locationtech.jts.geom.Geometry;

/**
 * A line or area that changes where and at what cost pipes may be laid: roads and utility
 * corridors (cheaper), rail and rivers (crossings cost more), protected land and buildings.
 *
 * @param geometry   (Multi)LineString or (Multi)Polygon in WGS 84
 * @param costFactor multiplier of the base pipe-laying cost, &gt; 0; {@code null} = pipes forbidden
 */
public record Corridor(String id, String name, Geometry geometry, CorridorKind kind, Double costFactor)
        implements ParkFeature {

    public boolean forbidsPipes() {
        return costFactor == null;
    }

    @Override
    public Corridor withId(String newId) {
        return new Corridor(newId, name, geometry, kind, costFactor);
    }
}
