package org.symbiopark.park.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.park.Layer;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkFeature;

/**
 * Reads the park exchange format (DESIGN.md §4): GeoJSON whose features carry a {@code layer}
 * property, with the park's own attributes in a {@code park} member of the collection.
 * Validates everything it reads and reports every violation at once, naming the feature by
 * index and id, the field and the reason. Geometries come out in WGS 84.
 */
public final class ParkGeoJsonReader {

    private final ResourceCatalog catalog;
    private final CoordinateTransforms transforms;

    public ParkGeoJsonReader(ResourceCatalog catalog, CoordinateTransforms transforms) {
        this.catalog = catalog;
        this.transforms = transforms;
    }

    /** @throws org.symbiopark.park.InvalidParkException with every violation found */
    public ParkData readPark(InputStream in) {
        throw new UnsupportedOperationException("in progress");
    }

    /** @throws org.symbiopark.park.InvalidParkException with every violation found */
    public ParkData readPark(JsonNode root) {
        throw new UnsupportedOperationException("in progress");
    }

    /**
     * One GeoJSON Feature of a known layer, as POSTed to a layer endpoint.
     *
     * @param crsName the CRS of the coordinates ({@code null} = EPSG:4326 lon/lat); a {@code crs}
     *                member of the feature overrides it
     */
    public <F extends ParkFeature> F readFeature(JsonNode feature, Layer<F> layer, String crsName) {
        throw new UnsupportedOperationException("in progress");
    }
}
