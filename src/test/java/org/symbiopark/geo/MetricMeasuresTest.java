package org.symbiopark.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    @Test
    void squareKilometreIsAMillionSquareMetres() {
        Geometry square = squareKmInWgs84();
        assertEquals(134.85, square.getCentroid().getX(), 0.01);
        assertEquals(48.38, square.getCentroid().getY(), 0.01);
        assertEquals(1e6, MEASURES.areaM2(square, 32653), 1e6 * 1e-4);
        assertEquals(4000, MEASURES.lengthM(square, 32653), 4000 * 1e-4);
    }

    @Test
    void squareKilometreInGaussKrugerIsCloseToo() {
        // Pulkovo 1942 / GK zone 23 (CM 135°E): scale 1 on the central meridian against UTM's 0.9996,
        // so the area comes out about 0.08 % larger
        assertEquals(1e6, MEASURES.areaM2(squareKmInWgs84(), 28423), 1e6 * 1e-3);
    }

    @Test
    void lineLengthInMetres() {
        // 0.01° of latitude along a meridian is about 1113 m at 48°N
        Geometry line = new GeometryFactory().createLineString(new Coordinate[] {
                new Coordinate(134.85, 48.37), new Coordinate(134.85, 48.38)});
        assertEquals(1112, MEASURES.lengthM(line, 32653), 2);
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
