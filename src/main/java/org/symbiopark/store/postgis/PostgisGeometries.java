package org.symbiopark.store.postgis;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The one place where geometries cross between PostGIS and JTS: as 2D well-known binary (ISO/OGC
 * Simple Features WKB), which the SQL side wraps as {@code ST_GeomFromWKB(?, 4326)} and reads as
 * {@code ST_AsBinary(geom)}. WKB keeps every double exactly, so a geometry comes back bit for bit
 * (apart from the Polygon → MultiPolygon and LineString → MultiLineString promotion the tables do).
 * Geometries read are given SRID 4326. Thread-safe: the JTS readers and writers are not, so each
 * call makes its own.
 */
final class PostgisGeometries {

    static final int SRID = 4326;

    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), SRID);

    private PostgisGeometries() {
    }

    /** The geometry as 2D WKB, or {@code null} for none. */
    static byte[] toWkb(Geometry geometry) {
        return geometry == null ? null : new WKBWriter(2).write(geometry);
    }

    /** The geometry of {@code ST_AsBinary(geom)}, or {@code null} for SQL NULL. */
    static Geometry fromWkb(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        try {
            return new WKBReader(WGS84).read(wkb);
        } catch (ParseException e) {
            throw new IllegalStateException("PostGIS returned WKB that JTS cannot read", e);
        }
    }
}
