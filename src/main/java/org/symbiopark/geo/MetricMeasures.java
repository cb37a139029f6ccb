package org.symbiopark.geo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.sis.measure.Units;
import org.apache.sis.referencing.CRS;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.opengis.referencing.crs.CoordinateReferenceSystem;
import org.opengis.referencing.crs.ProjectedCRS;
import org.opengis.referencing.cs.CoordinateSystem;
import org.opengis.util.FactoryException;

/**
 * Lengths and areas of WGS 84 geometries, measured in a park's metric work CRS.
 *
 * <p>The measures are planar, in the projected work CRS (as the engines, which work in that CRS,
 * see them), not on the ellipsoid. In a UTM zone the grid scale factor is 0.9996 on the central
 * meridian and about 1.0010 at the zone edge at the equator, so lengths differ from geodesic
 * ones by −0.04 % to +0.1 % and areas by −0.08 % to +0.2 %; Gauss–Krüger zones (scale 1 on the
 * central meridian) only err upwards. That is well inside the accuracy of parcel plans.
 *
 * <p>Thread-safe; the cost is that of one transform (linear in the coordinates).
 */
public final class MetricMeasures {

    static {
        // this class reads the EPSG dataset itself (isMetricProjected), perhaps before any transform
        DerbyLogRedirect.install();
        SisWarningsOnce.install();
    }

    private final CoordinateTransforms transforms;
    private final Map<Integer, Boolean> metricProjected = new ConcurrentHashMap<>();

    public MetricMeasures(CoordinateTransforms transforms) {
        this.transforms = transforms;
    }

    /** Area in m² of a (multi)polygon given in WGS 84 (lon, lat); 0 for points and lines. */
    public double areaM2(Geometry wgs84, int workSrid) {
        return inWorkCrs(wgs84, workSrid).getArea();
    }

    /** Length in m of a (multi)line given in WGS 84 (lon, lat); for polygons their perimeter. */
    public double lengthM(Geometry wgs84, int workSrid) {
        return inWorkCrs(wgs84, workSrid).getLength();
    }

    /**
     * The WGS 84 / UTM zone (EPSG:326xx north, 327xx south) of the centre of the geometry's
     * envelope. A geometry that straddles the antimeridian (its longitudes spanning less when
     * western ones are counted as east of 180°) is centred across it, so it gets zone 60 or 1,
     * not a zone near Greenwich.
     */
    public int defaultWorkSrid(Geometry wgs84) {
        if (wgs84.isEmpty()) {
            throw new IllegalArgumentException("an empty geometry has no work CRS");
        }
        Envelope env = wgs84.getEnvelopeInternal();
        double lon = env.centre().x;
        if (env.getWidth() > 180) {
            Envelope shifted = new Envelope();
            for (Coordinate c : wgs84.getCoordinates()) {
                shifted.expandToInclude(c.getX() < 0 ? c.getX() + 360 : c.getX(), c.getY());
            }
            if (shifted.getWidth() < env.getWidth()) {
                lon = shifted.centre().x;
                if (lon > 180) {
                    lon -= 360;
                }
            }
        }
        return CoordinateTransforms.utmZoneSrid(lon, env.centre().y);
    }

    /**
     * Whether the EPSG code names a projected CRS whose two axes are in metres, as a park's
     * {@code workSrid} must be (not degrees, not US survey feet).
     *
     * @throws UnknownCrsException if the code is unknown
     */
    public boolean isMetricProjected(int srid) {
        Boolean cached = metricProjected.get(srid);
        if (cached != null) {
            return cached;
        }
        if (transforms.describe(srid).geographic()) {
            metricProjected.putIfAbsent(srid, false);
            return false;
        }
        CoordinateReferenceSystem crs;
        try {
            crs = CRS.forCode("EPSG:" + srid);
        } catch (FactoryException e) {
            throw new UnknownCrsException("unknown CRS EPSG:" + srid + ": " + e.getMessage());
        }
        boolean metric = crs instanceof ProjectedCRS;
        CoordinateSystem cs = crs.getCoordinateSystem();
        for (int i = 0; metric && i < cs.getDimension(); i++) {
            metric = Units.METRE.equals(cs.getAxis(i).getUnit());
        }
        metricProjected.putIfAbsent(srid, metric);
        return metric;
    }

    private Geometry inWorkCrs(Geometry wgs84, int workSrid) {
        if (!isMetricProjected(workSrid)) {
            throw new IllegalArgumentException("workSrid EPSG:" + workSrid + " (" + transforms.describe(workSrid).name()
                    + ") is not a projected CRS in metres");
        }
        return transforms.transform(wgs84, CoordinateTransforms.WGS84, workSrid);
    }
}
