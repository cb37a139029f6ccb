package org.symbiopark.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.PolygonArea;
import net.sf.geographiclib.PolygonResult;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class MetricMeasuresTest {

    private static final CoordinateTransforms TRANSFORMS = new SisCoordinateTransforms();
    private static final MetricMeasures MEASURES = new MetricMeasures(TRANSFORMS);
    private static final GeometryFactory UTM_53N = new GeometryFactory(new PrecisionModel(), 32653);

    /** A 1 km × 1 km square drawn in UTM 53N near 48.38°N 134.85°E, handed over in WGS 84. */
    private static Geometry squareKmInWgs84() {
        double e = 489_000;
        double n = 5_358_000;
        Geometry square = UTM_53N.createPolygon(new Coordinate[] {
                new Coordinate(e, n), new Coordinate(e + 1000, n), new Coordinate(e + 1000, n + 1000),
                new Coordinate(e, n + 1000), new Coordinate(e, n)});
        return TRANSFORMS.transform(square, 32653, CoordinateTransforms.WGS84);
    }

    /**
     * The measures against GeographicLib (Karney 2013, "Algorithms for geodesics"), which computes
     * the area and perimeter on the WGS 84 ellipsoid independently of SIS. A transverse Mercator
     * grid scales lengths by the point scale factor k and areas by k², so at easting offset x from
     * the central meridian (Snyder 1987, eq. 8-11, with x in grid metres):
     * k = k0 · (1 + x² / (2 ρ ν k0²)), where ρ and ν are the meridian and prime-vertical radii of
     * curvature at the latitude. Here (x ≈ −10.5 km in UTM 53N at 48.4°N) k = 0.9996 · (1 + 1.35e−6)
     * and the planar area is 0.0797 % smaller than the ellipsoidal one. The next term of k
     * (x⁴/R⁴ ≈ 1e−12), the variation of k across a 1 km square (≈ 1e−9) and the curvature of
     * geodesics against straight grid lines (arc-to-chord, ≈ 1e−10) stay below the 1e−9 relative
     * tolerance (1 mm² in a square kilometre); measured agreement is about 3e−13.
     */
    private static final double RELATIVE_TOLERANCE = 1e-9;

    private static double scaleFactor(double k0, double xGrid, double latDeg) {
        double a = 6_378_137.0;
        double e2 = 0.00669437999014;
        double s = Math.sin(Math.toRadians(latDeg));
        double w = 1 - e2 * s * s;
        double nu = a / Math.sqrt(w);
        double rho = a * (1 - e2) / Math.pow(w, 1.5);
        return k0 * (1 + xGrid * xGrid / (2 * rho * nu * k0 * k0));
    }

    private static PolygonResult geodesic(Geometry wgs84Polygon) {
        PolygonArea polygon = new PolygonArea(Geodesic.WGS84, false);
        Coordinate[] ring = wgs84Polygon.getCoordinates();
        for (int i = 0; i < ring.length - 1; i++) {
            polygon.AddPoint(ring[i].y, ring[i].x);
        }
        return polygon.Compute();
    }

    @Test
    void squareKilometreMatchesTheEllipsoidalAreaTimesTheUtmScaleSquared() {
        Geometry square = squareKmInWgs84();
        assertEquals(134.85, square.getCentroid().getX(), 0.01);
        assertEquals(48.38, square.getCentroid().getY(), 0.01);
        PolygonResult reference = geodesic(square);
        double k = scaleFactor(0.9996, 489_500 - 500_000, square.getCentroid().getY());
        assertEquals(0.99960135, k, 1e-8);

        double areaM2 = MEASURES.areaM2(square, 32653);
        assertEquals(k * k, areaM2 / Math.abs(reference.area), RELATIVE_TOLERANCE,
                "planar " + areaM2 + " m², ellipsoidal " + reference.area + " m²");
        assertEquals(-0.000797, areaM2 / Math.abs(reference.area) - 1, 0.000001, "about −0.08 %");

        double perimeterM = MEASURES.lengthM(square, 32653);
        // the two north–south edges lie at x = −11 km and −10 km, the east–west ones around −10.5 km
        double meanK = (scaleFactor(0.9996, -11_000, 48.38) + scaleFactor(0.9996, -10_000, 48.38)
                + 2 * scaleFactor(0.9996, -10_500, 48.38)) / 4;
        assertEquals(meanK, perimeterM / reference.perimeter, RELATIVE_TOLERANCE,
                "planar " + perimeterM + " m, geodesic " + reference.perimeter + " m");
    }

    @Test
    void squareKilometreInGaussKrugerMatchesTheEllipsoidalAreaToo() {
        // Pulkovo 1942 / GK zone 23 (CM 135°E, k0 = 1), x ≈ −11 km. The datum shift is a 2D Helmert
        // transformation at zero height on either ellipsoid (Krassowsky's surface lies tens of metres
        // from WGS 84's here), which scales lengths by about h/R ≈ 1e−6 and areas by a few 1e−6 (measured
        // 8.7e−6): hence the looser bound.
        Geometry square = squareKmInWgs84();
        double reference = Math.abs(geodesic(square).area);
        Geometry gk = TRANSFORMS.transform(square, CoordinateTransforms.WGS84, 28423);
        double k = scaleFactor(1.0, gk.getCentroid().getX() - 23_500_000, 48.38);
        assertEquals(k * k, MEASURES.areaM2(square, 28423) / reference, 2e-5);
    }

    @Test
    void lineLengthMatchesTheGeodesicTimesTheUtmScale() {
        // 0.01° of latitude along the meridian 134.85°E, about 1113 m at 48°N
        Geometry line = new GeometryFactory().createLineString(new Coordinate[] {
                new Coordinate(134.85, 48.37), new Coordinate(134.85, 48.38)});
        double geodesicM = Geodesic.WGS84.Inverse(48.37, 134.85, 48.38, 134.85).s12;
        double x = TRANSFORMS.transform(line, CoordinateTransforms.WGS84, 32653).getCentroid().getX() - 500_000;
        assertEquals(scaleFactor(0.9996, x, 48.375), MEASURES.lengthM(line, 32653) / geodesicM, RELATIVE_TOLERANCE);
    }

    @Test
    void defaultWorkSridIsTheUtmZoneOfTheCentre() {
        assertEquals(32653, MEASURES.defaultWorkSrid(squareKmInWgs84()));
        GeometryFactory wgs84 = new GeometryFactory();
        assertEquals(32748, MEASURES.defaultWorkSrid(wgs84.createPoint(new Coordinate(106.8, -6.2))));
        assertThrows(IllegalArgumentException.class, () -> MEASURES.defaultWorkSrid(wgs84.createPoint()));
    }

    @Test
    void defaultWorkSridOfAGeometryAcrossTheAntimeridianIsZone60Or1() throws ParseException {
        WKTReader wkt = new WKTReader(new GeometryFactory());
        // centred at 179.8°E (zone 60) and at 179.8°W (zone 1); the envelope centre would be near 0°
        assertEquals(32660, MEASURES.defaultWorkSrid(wkt.read("MULTIPOINT((179.5 52), (-179.9 52.1))")));
        assertEquals(32701, MEASURES.defaultWorkSrid(wkt.read("MULTIPOINT((179.9 -16), (-179.5 -16.1))")));
        // centred exactly on 180°: zone 60, where utmZoneSrid puts 180°E
        assertEquals(32660, MEASURES.defaultWorkSrid(wkt.read("MULTIPOINT((179.9 64), (-179.9 64))")));
        // a geometry really spanning more than half the world keeps the plain centre
        assertEquals(32631, MEASURES.defaultWorkSrid(wkt.read("MULTIPOINT((-100 10), (0 10), (100 10))")));
    }

    @Test
    void metricProjectedCrs() {
        assertTrue(MEASURES.isMetricProjected(32653));
        assertTrue(MEASURES.isMetricProjected(4547));
        assertFalse(MEASURES.isMetricProjected(4326), "geographic");
        assertFalse(MEASURES.isMetricProjected(2227), "NAD83 / California zone 3 (ftUS)");
        assertThrows(UnknownCrsException.class, () -> MEASURES.isMetricProjected(999999));
    }

    @Test
    void areaInADegreeCrsIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MEASURES.areaM2(squareKmInWgs84(), 4326));
        assertTrue(e.getMessage().contains("EPSG:4326"), e.getMessage());
    }
}
