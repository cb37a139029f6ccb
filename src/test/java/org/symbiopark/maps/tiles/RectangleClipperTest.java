package org.symbiopark.maps.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** Clipping to the box 0..10 × 0..10. */
class RectangleClipperTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();
    private final RectangleClipper clipper = new RectangleClipper(new Envelope(0, 10, 0, 10), FACTORY);

    private Geometry clip(String wkt) throws ParseException {
        return clipper.clip(new WKTReader(FACTORY).read(wkt));
    }

    private static void checkArea(Geometry g, double area) {
        assertThat(g).isNotNull();
        assertThat(g.getArea()).isEqualTo(area);
        assertThat(g.getEnvelopeInternal().getMinX()).isGreaterThanOrEqualTo(0);
        assertThat(g.getEnvelopeInternal().getMaxY()).isLessThanOrEqualTo(10);
    }

    @Test
    void polygonsAreCutAtTheEdgesWithTheirHoles() throws ParseException {
        // a 20 × 20 square from -5 with a 2 × 2 hole inside the box and one outside it
        Geometry g = clip("POLYGON ((-5 -5, 15 -5, 15 15, -5 15, -5 -5), (4 4, 6 4, 6 6, 4 6, 4 4),"
                + " (12 12, 13 12, 13 13, 12 13, 12 12))");
        checkArea(g, 100 - 4);
        assertThat(((org.locationtech.jts.geom.Polygon) g).getNumInteriorRing()).isEqualTo(1);
        checkArea(clip("POLYGON ((5 5, 20 5, 20 8, 5 8, 5 5))"), 15);
        // a triangle across a corner
        checkArea(clip("POLYGON ((8 8, 14 8, 8 14, 8 8))"), 4);
        assertThat(clip("POLYGON ((11 11, 12 11, 12 12, 11 11))")).isNull();
    }

    @Test
    void aConcavePolygonCutInTwoKeepsBothPiecesArea() throws ParseException {
        // a U whose bottom lies below the box: its two arms enter the box
        Geometry g = clip("POLYGON ((1 -5, 9 -5, 9 5, 7 5, 7 -2, 3 -2, 3 5, 1 5, 1 -5))");
        checkArea(g, 2 * 2 * 5);
    }

    @Test
    void linesLeavingAndReenteringBecomeParts() throws ParseException {
        Geometry g = clip("LINESTRING (-5 5, 5 5, 5 15, 8 15, 8 5, 12 5)");
        assertThat(g.getNumGeometries()).isEqualTo(2);
        assertThat(g.getLength()).isEqualTo(5 + 5 + 5 + 2);
        assertThat(g.getGeometryN(0).getCoordinates()[0].x).isEqualTo(0);
        assertThat(clip("LINESTRING (-5 -5, -1 20)")).isNull();
        assertThat(clip("LINESTRING (-5 -5, 15 15)").getLength()).isEqualTo(Math.sqrt(200), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void pointsInsideStay() throws ParseException {
        assertThat(clip("MULTIPOINT ((1 1), (11 1), (10 10))").getNumGeometries()).isEqualTo(2);
        assertThat(clip("POINT (-1 5)")).isNull();
    }
}
