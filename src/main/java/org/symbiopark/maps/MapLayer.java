package org.symbiopark.maps;

import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * One layer the map services publish (WMS layer, OGC API collection, vector tile source): a layer
 * of a park, or the result of an analysis kept in a scenario of that park.
 *
 * @param parkId      the park it belongs to
 * @param name        {@code parcels}, {@code plants}, {@code pipelines}, {@code corridors}, or a result
 *                    layer such as {@code exchange-links} or {@code routes}
 * @param title       a human title in English (the web page translates by {@code name})
 * @param geometry    what the layer's features are drawn as
 * @param styleName   the SLD file in {@code styles/} (without {@code .sld}) that draws it
 * @param extentWgs84 the features' extent in WGS 84 (x = longitude), {@code null} when the layer is empty
 * @param workSrid    the park's metric work CRS (EPSG code), {@code null} before its first geometry
 * @param scenarioIds for a result layer, the scenarios that hold one, newest first (the newest is
 *                    shown unless a scenario is asked for); empty for a park layer
 */
public record MapLayer(String parkId, String name, String title, GeometryKind geometry, String styleName,
                       Envelope extentWgs84, Integer workSrid, List<String> scenarioIds) {

    public MapLayer {
        scenarioIds = List.copyOf(scenarioIds);
    }

    /** The layer's name across the protocols: {@code parkId:name}, as GeoServer names workspace layers. */
    public String id() {
        return qualifiedName(parkId, name);
    }

    public boolean isResultLayer() {
        return !scenarioIds.isEmpty();
    }

    public static String qualifiedName(String parkId, String name) {
        return parkId + ":" + name;
    }

    public enum GeometryKind {
        POLYGON, LINE, POINT, MIXED
    }
}
