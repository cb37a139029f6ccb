package org.symbiopark.store.geopackage;

import java.io.IOException;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The one place that converts geometries between JTS and GeoPackage binary (OGC 12-128r18
 * §2.1.3: a "GP" header with the SRS id and an envelope, followed by ISO WKB). Geometries are
 * 2D and in EPSG:4326; the header carries the xy envelope so readers can filter without parsing
 * the WKB. Thread-safe.
 */
final class GeoPackageGeometries {

    static final int SRID = 4326;

    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    private GeoPackageGeometries() {
    }

    /** GeoPackage binary of {@code geometry}, or {@code null} for none. */
    static byte[] toGpkg(Geometry geometry) {
        if (geometry == null) {
            return null;
        }
        byte[] wkb = new WKBWriter(2).write(geometry);
        try {
            return GeoPackageGeometryData.createFromWkbAndBuildEnvelope(SRID, wkb).toBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode " + geometry.getGeometryType() + " as GeoPackage binary", e);
        }
    }

    /** The JTS geometry (SRID 4326) of a GeoPackage binary blob, or {@code null} for none. */
    static Geometry fromGpkg(byte[] blob) {
        if (blob == null) {
            return null;
        }
        try {
            GeoPackageGeometryData data = GeoPackageGeometryData.create(blob);
            if (data.isEmpty()) {
                return FACTORY.createGeometryCollection();
            }
            Geometry geometry = new WKBReader(FACTORY).read(data.getWkb());
            geometry.setSRID(SRID);
            return geometry;
        } catch (IOException | ParseException e) {
            throw new IllegalStateException("stored geometry is not valid GeoPackage binary", e);
        }
    }

    /** A Polygon as a one-part MultiPolygon, so the column holds one geometry type (as in PostGIS ST_Multi). */
    static Geometry promotePolygon(Geometry geometry) {
        if (geometry instanceof Polygon polygon) {
            return FACTORY.createMultiPolygon(new Polygon[] {polygon});
        }
        return geometry;
    }

    /** A LineString as a one-part MultiLineString. */
    static Geometry promoteLine(Geometry geometry) {
        if (geometry instanceof LineString line) {
            return FACTORY.createMultiLineString(new LineString[] {line});
        }
        return geometry;
    }
}
