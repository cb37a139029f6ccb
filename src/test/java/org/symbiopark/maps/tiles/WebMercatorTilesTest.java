package org.symbiopark.maps.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class WebMercatorTilesTest {

    @Test
    void zoomZeroIsTheSquareWorldOfEpsg3857() {
        Envelope world = WebMercatorTiles.boundsM(new TileId(0, 0, 0));
        assertThat(world.getMinX()).isCloseTo(-20_037_508.342789244, within(1e-6));
        assertThat(world.getMaxX()).isCloseTo(20_037_508.342789244, within(1e-6));
        assertThat(world.getMinY()).isCloseTo(-20_037_508.342789244, within(1e-6));
        assertThat(world.getMaxY()).isCloseTo(20_037_508.342789244, within(1e-6));
        assertThat(WebMercatorTiles.MAX_LATITUDE).isCloseTo(85.0511287798, within(1e-9));
    }

    @Test
    void tilesOfKnownPlaces() {
        // the OpenStreetMap wiki's slippy-map examples: Berlin at z10, London at z12
        assertThat(WebMercatorTiles.tileOf(13.377, 52.516, 10)).isEqualTo(new TileId(10, 550, 335));
        assertThat(WebMercatorTiles.tileOf(-0.1278, 51.5074, 12)).isEqualTo(new TileId(12, 2046, 1362));
        assertThat(WebMercatorTiles.tileOf(151.2093, -33.8688, 15)).isEqualTo(new TileId(15, 30147, 19663));
        // the demo park's centre
        assertThat(WebMercatorTiles.tileOf(134.85, 48.38, 14)).isEqualTo(new TileId(14, 14329, 5669));
        // edges: the origin belongs to the tile south-east of it; the poles clamp to the first and last rows
        assertThat(WebMercatorTiles.tileOf(0, 0, 1)).isEqualTo(new TileId(1, 1, 1));
        assertThat(WebMercatorTiles.tileOf(-180, 90, 3)).isEqualTo(new TileId(3, 0, 0));
        assertThat(WebMercatorTiles.tileOf(180, -90, 3)).isEqualTo(new TileId(3, 7, 7));
    }

    @Test
    void tileBoundsInDegrees() {
        Envelope nw = WebMercatorTiles.boundsWgs84(new TileId(1, 0, 0));
        assertThat(nw.getMinX()).isCloseTo(-180, within(1e-12));
        assertThat(nw.getMaxX()).isCloseTo(0, within(1e-12));
        assertThat(nw.getMinY()).isCloseTo(0, within(1e-12));
        assertThat(nw.getMaxY()).isCloseTo(WebMercatorTiles.MAX_LATITUDE, within(1e-9));
        // Berlin's tile holds Berlin, and its size is 360° / 2^10 wide
        Envelope berlin = WebMercatorTiles.boundsWgs84(new TileId(10, 550, 335));
        assertThat(berlin.contains(13.377, 52.516)).isTrue();
        assertThat(berlin.getWidth()).isCloseTo(360.0 / 1024, within(1e-12));
        assertThat(berlin.getMinX()).isCloseTo(550 * 360.0 / 1024 - 180, within(1e-12));
    }

    @Test
    void projectionRoundTripsAndMatchesTheEpsgFormula() {
        // y(45°) = R ln tan(67.5°) with R = 6,378,137 m
        assertThat(WebMercatorTiles.yM(45)).isCloseTo(5_621_521.4862, within(1e-3));
        assertThat(WebMercatorTiles.xM(180)).isCloseTo(20_037_508.342789244, within(1e-6));
        for (double lat = -85; lat <= 85; lat += 7.3) {
            assertThat(WebMercatorTiles.lat(WebMercatorTiles.yM(lat))).isCloseTo(lat, within(1e-10));
        }
        Geometry p = new GeometryFactory().createPoint(new Coordinate(134.85, 48.38));
        Geometry m = WebMercatorTiles.toMercator(p);
        assertThat(m.getCoordinate().x).isCloseTo(WebMercatorTiles.xM(134.85), within(1e-9));
        assertThat(m.getSRID()).isEqualTo(3857);
        assertThat(p.getCoordinate().x).as("the source is left as it was").isEqualTo(134.85);
    }

    @Test
    void tilesCoveringABox() {
        Envelope park = new Envelope(134.8284, 134.8716, 48.3710, 48.3890);
        assertThat(WebMercatorTiles.tilesCovering(park, 0)).containsExactly(new TileId(0, 0, 0));
        var z14 = WebMercatorTiles.tilesCovering(park, 14);
        assertThat(z14).contains(new TileId(14, 14329, 5669));
        for (TileId t : z14) {
            assertThat(WebMercatorTiles.boundsWgs84(t).intersects(park)).isTrue();
        }
    }

    @Test
    void tilesOutsideThePyramidNameTheirCoordinate() {
        assertThatThrownBy(() -> new TileId(23, 0, 0)).isInstanceOf(InvalidTileException.class)
                .satisfies(e -> assertThat(((InvalidTileException) e).parameter()).isEqualTo("z"));
        assertThatThrownBy(() -> new TileId(2, 4, 0)).isInstanceOf(InvalidTileException.class)
                .satisfies(e -> assertThat(((InvalidTileException) e).parameter()).isEqualTo("x"));
        assertThatThrownBy(() -> new TileId(2, 0, -1)).isInstanceOf(InvalidTileException.class)
                .satisfies(e -> assertThat(((InvalidTileException) e).parameter()).isEqualTo("y"));
        assertThat(new TileId(22, (1 << 22) - 1, 0).tilesPerAxis()).isEqualTo(1 << 22);
    }
}
