package org.symbiopark.geo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Checks of an incoming geometry, each returning a message for the user (what is wrong and
 * where) or empty when the geometry passes. Run them in this order: {@link #nonFinite},
 * {@link #outsideAreaOfUse}, {@link #invalidity}; each assumes the previous ones passed.
 *
 * <p>Stateless and thread-safe; each check is linear in the number of coordinates, except
 * {@link #invalidity}, which is JTS {@link IsValidOp} (OGC Simple Features validity, O(n log n)).
 */
public final class GeometryChecks {

    /**
     * Margin around a projected CRS's EPSG area of use, in degrees. EPSG's areas of use for UTM
     * and Gauss–Krüger zones are the nominal strips (6° or 3° wide), but surveys routinely keep
     * one zone for a site or a city that straddles the strip edge rather than split it; the
     * transverse Mercator is still usable a degree beyond the edge (grid scale error about
     * 0.2 % for UTM and 0.1 % for a 3° Gauss–Krüger zone at the equator, less further north).
     * Coordinates farther out are almost always in the wrong CRS or have swapped axes, which is
     * what this check is for.
     */
    public static final double PROJECTED_MARGIN_DEG = 1.0;

    private GeometryChecks() {
    }

    /** The first coordinate whose x or y is NaN or infinite (z is not checked: 2D JTS uses NaN). */
    public static Optional<String> nonFinite(Geometry g) {
        Coordinate[] coords = g.getCoordinates();
        for (int i = 0; i < coords.length; i++) {
            Coordinate c = coords[i];
            if (!Double.isFinite(c.getX()) || !Double.isFinite(c.getY())) {
                return Optional.of("coordinate " + i + " is not a finite number: (" + c.getX() + ", " + c.getY() + ")");
            }
        }
        return Optional.empty();
    }

    /**
     * What makes the geometry invalid in the sense of OGC Simple Features (JTS
     * {@link IsValidOp}), and where, e.g. "Self-intersection at (134.8512, 48.3801)".
     */
    public static Optional<String> invalidity(Geometry g) {
        TopologyValidationError error = new IsValidOp(g).getValidationError();
        if (error == null) {
            return Optional.empty();
        }
        Coordinate at = error.getCoordinate();
        return Optional.of(error.getMessage() + (at == null ? "" : " at " + format(at)));
    }

    /**
     * The first coordinate of a WGS 84 (lon, lat) geometry that lies outside where the CRS may be
     * used. For a geographic CRS that is strictly its area of use (for EPSG:4326 the whole
     * earth, so it catches latitudes beyond ±90° and longitudes beyond ±180°); for a projected
     * CRS its area of use widened by {@link #PROJECTED_MARGIN_DEG} on each side, and never
     * beyond ±90°. An area that crosses the antimeridian (Russia-wide CRSs, UTM zones 1 and 60
     * with the margin) is tested modulo 360°: 179.6°E is within a degree of UTM zone 1N, while
     * 10°E is far from GSK-2011's 19°E–169°W.
     */
    public static Optional<String> outsideAreaOfUse(Geometry wgs84, CrsDescription crs) {
        AreaOfUse area = crs.areaOfUse();
        double margin = crs.geographic() ? 0 : PROJECTED_MARGIN_DEG;
        Coordinate[] coords = wgs84.getCoordinates();
        for (int i = 0; i < coords.length; i++) {
            double lon = coords[i].getX();
            double lat = coords[i].getY();
            String what = null;
            if (!(lat >= -90 && lat <= 90 && area.containsLatitude(lat, margin))) {
                what = "latitude " + plain(lat);
            } else if (!(lon >= -180 && lon <= 180 && area.containsLongitude(lon, margin))) {
                what = "longitude " + plain(lon);
            }
            if (what != null) {
                return Optional.of(what + " of coordinate " + i + " " + format(coords[i])
                        + " is outside the " + (margin > 0 ? "area of use (± " + plain(margin) + "°)" : "area of use")
                        + " of EPSG:" + crs.srid() + " " + crs.name() + ": " + describe(area, margin));
            }
        }
        return Optional.empty();
    }

    /** "longitude a to b, latitude c to d" of the widened area; a > b where it crosses the antimeridian. */
    private static String describe(AreaOfUse area, double margin) {
        double minLat = Math.max(-90, area.southLat() - margin);
        double maxLat = Math.min(90, area.northLat() + margin);
        String lon;
        if (area.widthDeg() + 2 * margin >= 360) {
            lon = "-180 to 180";
        } else {
            double west = area.westLon() - margin;
            double east = area.eastLon() + margin;
            boolean wraps = area.crossesAntimeridian() || west < -180 || east > 180;
            if (!wraps) {
                lon = plain(west) + " to " + plain(east);
            } else {
                lon = plain(west < -180 ? west + 360 : west) + " to " + plain(east > 180 ? east - 360 : east)
                        + " (across the antimeridian)";
            }
        }
        return "longitude " + lon + ", latitude " + plain(minLat) + " to " + plain(maxLat);
    }

    private static String format(Coordinate c) {
        return "(" + plain(c.getX()) + ", " + plain(c.getY()) + ")";
    }

    /** Up to 6 decimals (0.1 m in degrees, 1 µm in metres), trailing zeros dropped. */
    private static String plain(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        return BigDecimal.valueOf(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
