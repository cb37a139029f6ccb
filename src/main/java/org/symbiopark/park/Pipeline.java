package org.symbiopark.park;

import org.locationtech.jts.geom.Geometry;

/**
 * A pipeline (or cable) carrying one catalog resource.
 *
 * @param geometry   LineString or MultiLineString in WGS 84
 * @param carrier    catalog resource id, e.g. {@code steam}
 * @param diameterMm inner diameter, mm; {@code null} for cables or if unknown
 * @param capacityPerYear capacity in the carrier's catalog unit per year, {@code null} if unknown
 * @param lengthM    computed in the park's work CRS
 */
public record Pipeline(String id, String name, Geometry geometry, String carrier, Double diameterMm,
                       Double capacityPerYear, DevelopmentStatus status, Double lengthM) implements ParkFeature {

    @Override
    public Pipeline withId(String newId) {
        return new Pipeline(newId, name, geometry, carrier, diameterMm, capacityPerYear, status, lengthM);
    }

    public Pipeline withLengthM(Double length) {
        return new Pipeline(id, name, geometry, carrier, diameterMm, capacityPerYear, status, length);
    }
}
