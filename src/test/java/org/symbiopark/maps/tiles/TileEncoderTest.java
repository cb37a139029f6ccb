package org.symbiopark.maps.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.symbiopark.maps.MapFeature;
import org.symbiopark.maps.tiles.TileEncoder.EncodedTile;

/**
 * Tiles are checked by decoding them with the same library: geometries in tile units (0..4096,
 * y down), so fixtures are drawn in tile units of one tile at the demo park and projected back
 * to WGS 84.
 */
class TileEncoderTest {

    private static final GeometryFactory WGS84 = new GeometryFactory();
    private static final TileId TILE = new TileId(14, 14329, 5669);
    private final TileEncoder encoder = new TileEncoder();

    /** A WGS 84 geometry from tile units (x east, y down) of {@code tile}. */
    private static Coordinate at(TileId tile, double px, double py) {
        Envelope m = WebMercatorTiles.boundsM(tile);
        double unitM = m.getWidth() / TileEncoder.DEFAULT_EXTENT;
        return new Coordinate(WebMercatorTiles.lon(m.getMinX() + px * unitM), WebMercatorTiles.lat(m.getMaxY() - py * unitM));
    }

    private static Geometry square(TileId tile, double x0, double y0, double x1, double y1) {
        return WGS84.createPolygon(new Coordinate[] {at(tile, x0, y0), at(tile, x1, y0), at(tile, x1, y1),
            at(tile, x0, y1), at(tile, x0, y0)});
    }

    private static Geometry circle(TileId tile, double cx, double cy, double r, int vertices) {
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double a = 2 * Math.PI * i / vertices;
            ring[i] = at(tile, cx + r * Math.cos(a), cy + r * Math.sin(a));
        }
        ring[vertices] = ring[0];
        return WGS84.createPolygon(ring);
    }

    private static MapFeature feature(String id, Geometry g) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", "Parcel " + id);
        p.put("landPricePerM2", 1010.5);
        p.put("hazardClass", 3);
        p.put("protected", false);
        p.put("allowedZoning", List.of("utility", "industrial-heavy"));
        p.put("description", null);
        return new MapFeature(id, g, p);
    }

    private static JtsLayer decode(EncodedTile tile, String layer) {
        try {
            JtsMvt mvt = MvtReader.loadMvt(new ByteArrayInputStream(tile.bytes()), new GeometryFactory(),
                    new TagKeyValueMapConverter(false, "mvtId"), MvtReader.RING_CLASSIFIER_V2_1);
            return mvt.getLayer(layer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private EncodedTile encode(TileId tile, MapFeature... features) {
        return encoder.encode(tile, "parcels", ProjectedLayer.of(List.of(features)));
    }

    @Test
    void aFeatureRoundTripsWithItsAttributesAsTags() {
        EncodedTile tile = encode(TILE, feature("42", square(TILE, 1024, 1024, 2048, 3072)));

        assertThat(tile.featureCount()).isEqualTo(1);
        JtsLayer layer = decode(tile, "parcels");
        assertThat(layer.getExtent()).isEqualTo(4096);
        List<Geometry> geometries = new ArrayList<>(layer.getGeometries());
        assertThat(geometries).hasSize(1);
        Geometry g = geometries.get(0);
        assertThat(g.getGeometryType()).isEqualTo("Polygon");
        assertThat(g.getEnvelopeInternal()).isEqualTo(new Envelope(1024, 2048, 1024, 3072));
        assertThat(g.getArea()).isEqualTo(1024.0 * 2048.0);
        @SuppressWarnings("unchecked")
        Map<String, Object> tags = (Map<String, Object>) g.getUserData();
        assertThat(tags).containsEntry("id", "42").containsEntry("mvtId", 42L)
                .containsEntry("name", "Parcel 42").containsEntry("landPricePerM2", 1010.5)
                .containsEntry("protected", false)
                .containsEntry("allowedZoning", "[\"utility\",\"industrial-heavy\"]")
                .doesNotContainKey("description");
        assertThat(((Number) tags.get("hazardClass")).intValue()).isEqualTo(3);
    }

    @Test
    void textIdsStayTagsWithoutAnMvtId() {
        JtsLayer layer = decode(encode(TILE, feature("P06", square(TILE, 10, 10, 500, 500))), "parcels");
        @SuppressWarnings("unchecked")
        Map<String, Object> tags = (Map<String, Object>) layer.getGeometries().iterator().next().getUserData();
        assertThat(tags).containsEntry("id", "P06").containsEntry("mvtId", null);
    }

    @Test
    void geometryIsClippedToTheTileGrownByTheBuffer() {
        // a square four tiles wide centred on the tile, a line across it, and features in and beyond the buffer
        MapFeature big = feature("1", square(TILE, -4096, -4096, 8192, 8192));
        MapFeature line = feature("2", WGS84.createLineString(new Coordinate[] {at(TILE, -3000, 2000), at(TILE, 7000, 2000)}));
        MapFeature inBuffer = feature("3", square(TILE, 4100, 100, 4150, 400));
        MapFeature beyond = feature("4", square(TILE, 4200, 100, 4400, 400));
        MapFeature pointBeyond = feature("5", WGS84.createPoint(at(TILE, -100, 50)));
        MapFeature pointInBuffer = feature("6", WGS84.createPoint(at(TILE, -30, 50)));

        JtsLayer layer = decode(encode(TILE, big, line, inBuffer, beyond, pointBeyond, pointInBuffer), "parcels");

        Map<String, Geometry> byId = new LinkedHashMap<>();
        for (Geometry g : layer.getGeometries()) {
            byId.put((String) ((Map<?, ?>) g.getUserData()).get("id"), g);
        }
        assertThat(byId.keySet()).containsExactly("1", "2", "3", "6");
        assertThat(byId.get("1").getEnvelopeInternal()).isEqualTo(new Envelope(-64, 4160, -64, 4160));
        assertThat(byId.get("2").getEnvelopeInternal()).isEqualTo(new Envelope(-64, 4160, 2000, 2000));
        assertThat(byId.get("3").getEnvelopeInternal()).isEqualTo(new Envelope(4100, 4150, 100, 400));
        assertThat(byId.get("6").getCoordinate()).isEqualTo(new Coordinate(-30, 50));
    }

    @Test
    void pointsAndLinesOfTheNeighbouringTilesWithinTheBufferAreKept() {
        // drawn in the neighbours' own tile units, so each lies in another tile than the one encoded
        TileId northWest = new TileId(TILE.z(), TILE.x() - 1, TILE.y() - 1);
        TileId east = new TileId(TILE.z(), TILE.x() + 1, TILE.y());
        TileId west = new TileId(TILE.z(), TILE.x() - 1, TILE.y());
        MapFeature cornerPoint = feature("1", WGS84.createPoint(at(northWest, 4096 - 20, 4096 - 30)));
        MapFeature eastPoint = feature("2", WGS84.createPoint(at(east, 40, 2000)));
        MapFeature farPoint = feature("3", WGS84.createPoint(at(west, 4096 - 65, 2000)));
        MapFeature bufferLine = feature("4", WGS84.createLineString(new Coordinate[] {at(west, 4096 - 50, 100),
            at(west, 4096 - 50, 3000)}));
        MapFeature farLine = feature("5", WGS84.createLineString(new Coordinate[] {at(west, 4096 - 80, 100),
            at(west, 4096 - 80, 3000)}));

        Map<String, Geometry> byId = new LinkedHashMap<>();
        for (Geometry g : decode(encode(TILE, cornerPoint, eastPoint, farPoint, bufferLine, farLine), "parcels")
                .getGeometries()) {
            byId.put((String) ((Map<?, ?>) g.getUserData()).get("id"), g);
        }

        assertThat(byId.keySet()).containsExactly("1", "2", "4");
        Coordinate corner = byId.get("1").getCoordinate();
        assertThat(corner.x).isStrictlyBetween(-64.0, 0.0).isEqualTo(-20);
        assertThat(corner.y).isStrictlyBetween(-64.0, 0.0).isEqualTo(-30);
        assertThat(byId.get("2").getCoordinate()).isEqualTo(new Coordinate(4096 + 40, 2000));
        assertThat(byId.get("4").getEnvelopeInternal()).isEqualTo(new Envelope(-50, -50, 100, 3000));
    }

    @Test
    void simplificationRemovesVerticesAtLowZoomAndKeepsTheShape() {
        // a circle of 2,000 vertices and radius 1,500 units at z14: 187 units at z11, 12 units at z7
        MapFeature disc = feature("1", circle(TILE, 2048, 2048, 1500, 2000));
        ProjectedLayer layer = ProjectedLayer.of(List.of(disc));
        Coordinate centre = at(TILE, 2048, 2048);
        int[] vertices = new int[3];
        int[] zooms = {14, 11, 7};
        for (int k = 0; k < zooms.length; k++) {
            TileId tile = WebMercatorTiles.tileOf(centre.x, centre.y, zooms[k]);
            Geometry g = decode(encoder.encode(tile, "parcels", layer), "parcels").getGeometries().iterator().next();
            vertices[k] = g.getNumPoints();
            assertThat(g.isValid()).as("valid at z%d", zooms[k]).isTrue();
        }
        assertThat(vertices[0]).isLessThan(2001).isGreaterThan(vertices[1]);
        assertThat(vertices[1]).isGreaterThan(vertices[2]);
        assertThat(vertices[2]).isLessThan(20);
        // at z14 the simplified disc keeps its area within 1 %
        Geometry z14 = decode(encoder.encode(TILE, "parcels", layer), "parcels").getGeometries().iterator().next();
        assertThat(z14.getArea()).isCloseTo(Math.PI * 1500 * 1500, org.assertj.core.api.Assertions.withinPercentage(1));
    }

    @Test
    void polygonsBelowAPixelAreDroppedButPointsAreKept() {
        // 24 × 24 units at z14 are 1.5 display pixels (16 units each) there, 0.375 at z12
        MapFeature speck = feature("1", square(TILE, 2000, 2000, 2024, 2024));
        MapFeature point = feature("2", WGS84.createPoint(at(TILE, 2004, 2004)));
        ProjectedLayer layer = ProjectedLayer.of(List.of(speck, point));
        assertThat(encoder.encode(TILE, "parcels", layer).featureCount()).isEqualTo(2);
        Coordinate c = at(TILE, 2004, 2004);
        EncodedTile z12 = encoder.encode(WebMercatorTiles.tileOf(c.x, c.y, 12), "parcels", layer);
        assertThat(z12.featureCount()).isEqualTo(1);
        assertThat(decode(z12, "parcels").getGeometries().iterator().next().getGeometryType()).isEqualTo("Point");
    }

    @Test
    void aTileWithoutFeaturesIsEmpty() {
        EncodedTile far = encode(new TileId(14, 0, 0), feature("1", square(TILE, 10, 10, 500, 500)));
        assertThat(far.isEmpty()).isTrue();
        assertThat(decode(far, "parcels").getGeometries()).isEmpty();
    }
}
