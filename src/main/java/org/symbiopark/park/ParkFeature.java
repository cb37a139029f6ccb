package org.symbiopark.park;

import org.locationtech.jts.geom.Geometry;

/**
 * A feature of one of a park's layers. Ids are the planner's own (the {@code id} property of
 * the exchange format), unique within one layer of one park. Geometries are in WGS 84
 * (EPSG:4326) with x = longitude, y = latitude, as RFC 7946 orders them.
 */
public sealed interface ParkFeature permits Parcel, Plant, Pipeline, Corridor {

    String id();

    /** The feature's geometry in WGS 84, or {@code null} where the layer allows none. */
    Geometry geometry();

    /** A copy with another id (used when the store or the import assigns one). */
    ParkFeature withId(String id);
}
