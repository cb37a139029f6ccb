package org.symbiopark.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class GeometryChecksTest {

    private static final GeometryFactory WGS84 = new GeometryFactory();
    private static final CoordinateTransforms TRANSFORMS = new SisCoordinateTransforms();
    private static final CrsDescription EPSG_4326 =
            new CrsDescription(4326, "WGS 84", AreaOfUse.WORLD, true, true);
    private static final CrsDescription UTM_53N =
            new CrsDescription(32653, "WGS 84 / UTM zone 53N", new AreaOfUse(132, 0, 138, 84), false, false);

    private static Geometry wkt(String text) {
        try {
            return new WKTReader(WGS84).read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    @Test
    void bowTieNamesItsSelfIntersection() {
        //  (134.84,48.39) +   + (134.86,48.39)
        //                 | X |        the edges cross at (134.85, 48.38)
        //  (134.84,48.37) +   + (134.86,48.37)
        Geometry bowTie = wkt("POLYGON((134.84 48.37, 134.86 48.39, 134.86 48.37, 134.84 48.39, 134.84 48.37))");
        assertEquals(Optional.of("Self-intersection at (134.85, 48.38)"), GeometryChecks.invalidity(bowTie));
    }

    @Test
    void validPolygonPasses() {
        Geometry square = wkt("POLYGON((134.84 48.37, 134.86 48.37, 134.86 48.39, 134.84 48.39, 134.84 48.37))");
        assertEquals(Optional.empty(), GeometryChecks.invalidity(square));
        assertEquals(Optional.empty(), GeometryChecks.nonFinite(square));
        assertEquals(Optional.empty(), GeometryChecks.outsideAreaOfUse(square, EPSG_4326));
        assertEquals(Optional.empty(), GeometryChecks.outsideAreaOfUse(square, UTM_53N));
    }

    @Test
    void nanCoordinateIsReportedWithItsIndex() {
        Geometry line = WGS84.createLineString(new Coordinate[] {
                new Coordinate(134.84, 48.37), new Coordinate(134.85, 48.38), new Coordinate(Double.NaN, 48.39)});
        String message = GeometryChecks.nonFinite(line).orElseThrow();
        assertTrue(message.startsWith("coordinate 2 "), message);
        assertTrue(message.contains("NaN"), message);
    }

    @Test
    void infiniteCoordinateIsReported() {
        Geometry point = WGS84.createPoint(new Coordinate(134.84, Double.POSITIVE_INFINITY));
        assertTrue(GeometryChecks.nonFinite(point).orElseThrow().contains("Infinity"));
    }

    @Test
    void latitude91IsOutsideWgs84() {
        Geometry point = WGS84.createPoint(new Coordinate(10, 91));
        String message = GeometryChecks.outsideAreaOfUse(point, EPSG_4326).orElseThrow();
        assertTrue(message.startsWith("latitude 91 of coordinate 0 (10, 91)"), message);
        assertTrue(message.contains("EPSG:4326"), message);
    }

    @Test
    void longitude181IsOutsideWgs84() {
        Geometry point = WGS84.createPoint(new Coordinate(181, 0));
        assertTrue(GeometryChecks.outsideAreaOfUse(point, EPSG_4326).orElseThrow().startsWith("longitude 181 "));
    }

    @Test
    void projectedCrsAllowsOneDegreeBeyondItsZone() {
        // UTM 53N is 132°E to 138°E; 138.9°E is accepted, 139.1°E is not
        assertEquals(Optional.empty(),
                GeometryChecks.outsideAreaOfUse(WGS84.createPoint(new Coordinate(138.9, 48)), UTM_53N));
        assertEquals(Optional.empty(),
                GeometryChecks.outsideAreaOfUse(WGS84.createPoint(new Coordinate(131.1, 48)), UTM_53N));
        String message = GeometryChecks.outsideAreaOfUse(
                WGS84.createLineString(new Coordinate[] {new Coordinate(135, 48), new Coordinate(139.1, 48)}), UTM_53N)
                .orElseThrow();
        assertTrue(message.startsWith("longitude 139.1 of coordinate 1 "), message);
        assertTrue(message.contains("EPSG:32653"), message);
        assertTrue(message.contains("131 to 139"), message);
    }

    @Test
    void swappedAxesAreCaught() {
        // latitude/longitude typed the wrong way round: (48.38, 134.85)
        Geometry swapped = WGS84.createPoint(new Coordinate(48.38, 134.85));
        assertTrue(GeometryChecks.outsideAreaOfUse(swapped, EPSG_4326).orElseThrow().startsWith("latitude 134.85"));
        assertTrue(GeometryChecks.outsideAreaOfUse(swapped, UTM_53N).isPresent());
    }

    @Test
    void geographicCrsAreaIsStrict() {
        CrsDescription cgcs2000 = new CrsDescription(4490, "China Geodetic Coordinate System 2000",
                new AreaOfUse(73.62, 16.7, 134.77, 53.56), true, true);
        assertTrue(GeometryChecks.outsideAreaOfUse(WGS84.createPoint(new Coordinate(134.85, 48.38)), cgcs2000)
                .isPresent());
    }

    @Test
    void areaAcrossTheAntimeridianIsNotWidenedToTheWholeWorld() {
        // GSK-2011 (EPSG:7683) and Pulkovo 1942 (EPSG:4284): 19.57°E eastwards to 168.97°W
        for (int srid : new int[] {7683, 4284}) {
            CrsDescription crs = TRANSFORMS.describe(srid);
            String norway = GeometryChecks.outsideAreaOfUse(WGS84.createPoint(new Coordinate(10, 60)), crs).orElseThrow();
            assertTrue(norway.startsWith("longitude 10 of coordinate 0 "), norway);
            assertTrue(norway.contains("across the antimeridian"), norway);
            assertEquals(Optional.empty(), GeometryChecks.outsideAreaOfUse(
                    WGS84.createPoint(new Coordinate(134.85, 48.38)), crs), "Khabarovsk, EPSG:" + srid);
            assertEquals(Optional.empty(), GeometryChecks.outsideAreaOfUse(
                    WGS84.createPoint(new Coordinate(-170, 66)), crs), "Chukotka east of 180°, EPSG:" + srid);
        }
        // Alaska Albers (EPSG:3338, 172.42°E to 129.99°W)
        assertTrue(GeometryChecks.outsideAreaOfUse(WGS84.createPoint(new Coordinate(10, 60)),
                TRANSFORMS.describe(3338)).isPresent());
        assertEquals(Optional.empty(), GeometryChecks.outsideAreaOfUse(
                WGS84.createPoint(new Coordinate(-150, 61)), TRANSFORMS.describe(3338)), "Anchorage");
        assertEquals(Optional.empty(), GeometryChecks.outsideAreaOfUse(
                WGS84.createPoint(new Coordinate(173, 52.9)), TRANSFORMS.describe(3338)), "Attu, west of 180°");
        // EPSG:3576 (North Pole LAEA Russia) does not cross: its area is the whole cap north of 45°N
        assertEquals(Optional.empty(), GeometryChecks.outsideAreaOfUse(
                WGS84.createPoint(new Coordinate(10, 60)), TRANSFORMS.describe(3576)));
    }

    @Test
    void marginAroundAUtmZoneWrapsAcrossTheAntimeridian() {
        // UTM 1N is 180°W to 174°W: with 1° of margin it reaches 179°E; UTM 60N (174°E–180°) reaches 179°W
        CrsDescription utm1 = TRANSFORMS.describe(32601);
        assertEquals(Optional.empty(), GeometryChecks.outsideAreaOfUse(WGS84.createPoint(new Coordinate(179.6, 52)), utm1));
        assertEquals(Optional.empty(), GeometryChecks.outsideAreaOfUse(WGS84.createPoint(new Coordinate(-173.5, 52)), utm1));
        String far = GeometryChecks.outsideAreaOfUse(WGS84.createPoint(new Coordinate(178.9, 52)), utm1).orElseThrow();
        assertTrue(far.contains("longitude 179 to -173 (across the antimeridian)"), far);
        assertTrue(GeometryChecks.outsideAreaOfUse(WGS84.createPoint(new Coordinate(-172.9, 52)), utm1).isPresent());
        CrsDescription utm60 = TRANSFORMS.describe(32660);
        assertEquals(Optional.empty(), GeometryChecks.outsideAreaOfUse(WGS84.createPoint(new Coordinate(-179.6, 52)), utm60));
        assertTrue(GeometryChecks.outsideAreaOfUse(WGS84.createPoint(new Coordinate(-178.9, 52)), utm60).isPresent());
    }
}
