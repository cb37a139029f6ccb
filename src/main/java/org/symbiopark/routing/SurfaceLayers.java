package org.symbiopark.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.symbiopark.park.Corridor;
import org.symbiopark.park.CorridorKind;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.Plant;
import org.symbiopark.park.ZoningClass;

/**
 * What a cost surface is built from: a park's parcels, corridors and plant sites in its metric
 * work CRS. {@link #from(ParkData, UnaryOperator)} is the one translation from the park model:
 * the caller supplies the WGS 84 → work CRS transform; plants without a site are left out.
 */
public record SurfaceLayers(List<LandArea> parcels, List<CorridorShape> corridors, List<PlantSite> plants) {

    /** A parcel: its zoning sets the base cost of the land it covers. */
    public record LandArea(String id, ZoningClass zoning, Geometry areaM) {
    }

    /**
     * A corridor line or area.
     *
     * @param costFactor the factor in force (the file's or the kind's default); {@code null} = pipes forbidden
     */
    public record CorridorShape(String id, CorridorKind kind, Double costFactor, Geometry geometryM) {

        public boolean forbidsPipes() {
            return costFactor == null;
        }
    }

    /** A plant's site: a point, or a footprint polygon. */
    public record PlantSite(String id, Geometry siteM) {
    }

    public SurfaceLayers {
        parcels = List.copyOf(parcels);
        corridors = List.copyOf(corridors);
        plants = List.copyOf(plants);
    }

    public static SurfaceLayers from(ParkData data, UnaryOperator<Geometry> toWorkCrs) {
        List<LandArea> parcels = data.parcels().stream()
                .map(p -> new LandArea(p.id(), p.zoning(), toWorkCrs.apply(p.geometry()))).toList();
        List<CorridorShape> corridors = new ArrayList<>();
        for (Corridor c : data.corridors()) {
            if (c.geometry() != null && !c.geometry().isEmpty()) {
                CorridorKind kind = c.kind() == null ? CorridorKind.OTHER : c.kind();
                corridors.add(new CorridorShape(c.id(), kind, c.costFactor(), toWorkCrs.apply(c.geometry())));
            }
        }
        List<PlantSite> plants = new ArrayList<>();
        for (Plant p : data.plants()) {
            if (p.geometry() != null && !p.geometry().isEmpty()) {
                plants.add(new PlantSite(p.id(), toWorkCrs.apply(p.geometry())));
            }
        }
        return new SurfaceLayers(parcels, corridors, plants);
    }

    /** The bounding box of every layer, m; empty (null) when there is nothing. */
    public Envelope envelopeM() {
        Envelope box = new Envelope();
        parcels.forEach(p -> box.expandToInclude(p.areaM().getEnvelopeInternal()));
        corridors.forEach(c -> box.expandToInclude(c.geometryM().getEnvelopeInternal()));
        plants.forEach(p -> box.expandToInclude(p.siteM().getEnvelopeInternal()));
        return box;
    }
}
