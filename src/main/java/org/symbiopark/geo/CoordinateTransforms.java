package org.symbiopark.geo;

import org.locationtech.jts.geom.Geometry;

/**
 * Coordinate operations between EPSG CRSs, backed by Apache SIS and its embedded EPSG dataset.
 *
 * <p>Axis order: every geometry passed in or returned has x = easting/longitude and
 * y = northing/latitude ("traditional GIS order", as GeoJSON, GDAL and QGIS use), whatever the
 * EPSG axis order of the CRS. Only the WMS edge deals with EPSG axis order.
 *
 * <p>Thread-safe; transforms are cached per (source, target) pair.
 */
public interface CoordinateTransforms {

    int WGS84 = 4326;

    /**
     * The EPSG code of a CRS name: {@code EPSG:4547}, {@code urn:ogc:def:crs:EPSG::4547},
     * {@code http://www.opengis.net/def/crs/EPSG/0/4547}, {@code CRS:84} and
     * {@code OGC:CRS84} (both 4326 here, since axis order is always x = lon).
     *
     * @throws UnknownCrsException if it is not an EPSG CRS the registry knows
     */
    int resolveSrid(String crsName);

    /** @throws UnknownCrsException if the code is unknown */
    CrsDescription describe(int srid);

    /**
     * The geometry transformed from one CRS to another, x/y in traditional GIS order on both
     * sides, with the target SRID set on the result.
     *
     * @throws UnknownCrsException if either code is unknown
     * @throws IllegalArgumentException if a coordinate cannot be transformed (out of the domain)
     */
    Geometry transform(Geometry geometry, int sourceSrid, int targetSrid);

    /** The default metric work CRS of a place: the WGS 84 / UTM zone of that longitude/latitude. */
    static int utmZoneSrid(double lon, double lat) {
        int zone = (int) Math.floor((lon + 180.0) / 6.0) + 1;
        zone = Math.max(1, Math.min(60, zone));
        return (lat >= 0 ? 32600 : 32700) + zone;
    }
}
