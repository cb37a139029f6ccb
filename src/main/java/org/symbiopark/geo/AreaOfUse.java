package org.symbiopark.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * A CRS's area of use as EPSG gives it (ISO 19115 {@code EX_GeographicBoundingBox}): WGS 84
 * degrees, west and east bound longitudes in −180..180 where {@code westLon > eastLon} means the
 * area crosses the antimeridian (e.g. Russia-wide CRSs run from 19.57°E east to 168.97°W).
 * Unlike {@link BoundingBox}, a query box, it may therefore wrap; longitudes are tested modulo
 * 360°.
 */
public record AreaOfUse(double westLon, double southLat, double eastLon, double northLat) {

    public static final AreaOfUse WORLD = new AreaOfUse(-180, -90, 180, 90);

    public AreaOfUse {
        if (!(westLon >= -180 && westLon <= 180 && eastLon >= -180 && eastLon <= 180)) {
            throw new IllegalArgumentException("area of use longitudes must lie in -180..180: " + westLon + ", " + eastLon);
        }
        if (!(southLat >= -90 && southLat <= northLat && northLat <= 90)) {
            throw new IllegalArgumentException("area of use latitudes must satisfy -90 <= south <= north <= 90: "
                    + southLat + ", " + northLat);
        }
    }

    public boolean crossesAntimeridian() {
        return westLon > eastLon;
    }

    /** East–west extent in degrees, 0..360. */
    public double widthDeg() {
        return crossesAntimeridian() ? eastLon + 360 - westLon : eastLon - westLon;
    }

    /**
     * Whether a longitude (any value, taken modulo 360°) lies within the area widened by a margin
     * on each side, e.g. 179.6°E for UTM zone 1N (180°W–174°W) with a margin of 1°.
     */
    public boolean containsLongitude(double lon, double marginDeg) {
        double span = widthDeg() + 2 * marginDeg;
        if (span >= 360) {
            return Double.isFinite(lon);
        }
        double fromWest = (lon - (westLon - marginDeg)) % 360;
        if (fromWest < 0) {
            fromWest += 360;
        }
        return fromWest <= span;
    }

    /** Whether a latitude lies within the area widened by a margin on each side. */
    public boolean containsLatitude(double lat, double marginDeg) {
        return lat >= southLat - marginDeg && lat <= northLat + marginDeg;
    }

    /** The centre, longitude normalised to −180..180 (across the antimeridian when the area crosses it). */
    public Coordinate centre() {
        double lon = westLon + widthDeg() / 2;
        if (lon > 180) {
            lon -= 360;
        }
        return new Coordinate(lon, (southLat + northLat) / 2);
    }

    /**
     * The area as a JTS envelope; where it crosses the antimeridian the east bound is unwrapped
     * (eastLon + 360), so the envelope stays one piece and its longitudes may exceed 180.
     * For a centre in −180..180 use {@link #centre()}.
     */
    public Envelope toEnvelope() {
        return new Envelope(westLon, westLon + widthDeg(), southLat, northLat);
    }
}
