package org.symbiopark.park;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A plant of a park with its resource streams.
 *
 * @param industry       ISIC rev. 4 / NACE code, e.g. {@code D3530} or {@code C1610}
 * @param geometry       Point or footprint (Multi)Polygon in WGS 84; proposed plants may have none yet
 * @param footprintM2    land the plant needs, m²
 * @param hazardClass    sanitary hazard class 1 (most hazardous) … 5, {@code null} for none
 * @param safetyBufferM  distance to keep from residential and protected land, m (0 if none)
 * @param allowedZoning  zoning classes the plant may be sited on; empty = any industrial class
 * @param parcelId       the parcel the plant stands on, if known
 */
public record Plant(String id, String name, String industry, DevelopmentStatus status, Geometry geometry,
                    Double footprintM2, Integer hazardClass, double safetyBufferM, List<ZoningClass> allowedZoning,
                    String parcelId, List<ResourceStream> streams) implements ParkFeature {

    public Plant {
        allowedZoning = allowedZoning == null ? List.of() : List.copyOf(allowedZoning);
        streams = streams == null ? List.of() : List.copyOf(streams);
    }

    @Override
    public Plant withId(String newId) {
        return new Plant(newId, name, industry, status, geometry, footprintM2, hazardClass, safetyBufferM,
                allowedZoning, parcelId, streams);
    }
}
