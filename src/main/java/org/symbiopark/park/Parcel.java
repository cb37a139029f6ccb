package org.symbiopark.park;

import org.locationtech.jts.geom.Geometry;

/**
 * A land parcel of a park.
 *
 * @param geometry       Polygon or MultiPolygon in WGS 84
 * @param areaM2         computed in the park's work CRS, never typed in ({@code null} before it is computed)
 * @param landPricePerM2 in the park's currency, {@code null} if unknown
 * @param maxCoverage    maximum building coverage ratio in (0, 1], {@code null} if unrestricted
 */
public record Parcel(String id, String name, Geometry geometry, ZoningClass zoning, ParcelStatus status,
                     Double landPricePerM2, Double maxCoverage, Double areaM2) implements ParkFeature {

    @Override
    public Parcel withId(String newId) {
        return new Parcel(newId, name, geometry, zoning, status, landPricePerM2, maxCoverage, areaM2);
    }

    public Parcel withAreaM2(Double area) {
        return new Parcel(id, name, geometry, zoning, status, landPricePerM2, maxCoverage, area);
    }
}
