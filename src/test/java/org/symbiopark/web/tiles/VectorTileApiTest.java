package org.symbiopark.web.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.symbiopark.web.MapsTestParks;
import org.symbiopark.web.WebApiTest;

/** Vector tiles and TileJSON over the demo park; the tile 14/14329/5669 holds the park's centre. */
class VectorTileApiTest extends WebApiTest {

    private static final String CENTRE = "/14/14329/5669.mvt";
    private static String park;

    @BeforeEach
    void demoPark() {
        if (park == null) {
            park = MapsTestParks.importDemo(this, "tiles");
            MapsTestParks.addExchangeScenario(this, park, "links-t", 100);
        }
    }

    private static JtsLayer decode(byte[] tile, String layer) throws IOException {
        JtsMvt mvt = MvtReader.loadMvt(new ByteArrayInputStream(tile), new GeometryFactory(),
                new TagKeyValueMapConverter(false, "mvtId"), MvtReader.RING_CLASSIFIER_V2_1);
        assertThat(mvt.getLayersByName()).containsOnlyKeys(layer);
        return mvt.getLayer(layer);
    }

    private static Set<Object> ids(JtsLayer layer) {
        Set<Object> ids = new HashSet<>();
        for (Geometry g : layer.getGeometries()) {
            ids.add(((Map<?, ?>) g.getUserData()).get("id"));
        }
        return ids;
    }

    @Test
    void aTileOfTheParkHoldsItsParcelsWithAttributes() throws IOException {
        HttpResponse<byte[]> response = getBytes("/tiles/" + park + "/parcels" + CENTRE);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo("application/vnd.mapbox-vector-tile");
        assertThat(response.headers().firstValue("ETag")).hasValueSatisfying(e -> assertThat(e).startsWith("\""));
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age"));
        JtsLayer parcels = decode(response.body(), "parcels");
        assertThat(parcels.getExtent()).isEqualTo(4096);
        assertThat(parcels.getGeometries()).isNotEmpty();
        Geometry first = parcels.getGeometries().iterator().next();
        Map<?, ?> tags = (Map<?, ?>) first.getUserData();
        assertThat(tags.get("zoning")).isNotNull();
        assertThat(tags.get("areaM2")).isInstanceOf(Number.class);
        for (Geometry g : parcels.getGeometries()) {
            assertThat(g.getEnvelopeInternal().getMinX()).isGreaterThanOrEqualTo(-64);
            assertThat(g.getEnvelopeInternal().getMaxX()).isLessThanOrEqualTo(4096 + 64);
        }
    }

    @Test
    void plantsCarryTheirStreamsAsJsonText() throws IOException {
        JtsLayer plants = decode(getBytes("/tiles/" + park + "/plants/13/7164/2834.mvt").body(), "plants");
        Map<?, ?> chp = plants.getGeometries().stream().map(g -> (Map<?, ?>) g.getUserData())
                .filter(t -> "chp".equals(t.get("id"))).findFirst().orElseThrow();
        assertThat((String) chp.get("streams")).startsWith("[{").contains("\"resource\":\"electricity\"");
        assertThat(chp.get("industryGroup")).isEqualTo("energy");
    }

    @Test
    void aRepeatedRequestWithTheEtagIsNotModified() {
        HttpResponse<byte[]> first = getBytes("/tiles/" + park + "/parcels" + CENTRE);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/tiles/" + park + "/parcels" + CENTRE))
                .header("If-None-Match", etag).GET());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aTileChangesWhenTheParkDoes() throws IOException {
        String other = MapsTestParks.importDemo(this, "tiles-edit");
        String path = "/tiles/" + other + "/parcels" + CENTRE;
        HttpResponse<byte[]> before = getBytes(path);
        Set<Object> idsBefore = ids(decode(before.body(), "parcels"));
        // a parcel no plant stands on (those are refused with 409)
        Object gone = idsBefore.stream().filter(id -> delete("/api/v1/parks/" + other + "/parcels/" + id).statusCode() == 204)
                .findFirst().orElseThrow();

        HttpResponse<byte[]> after = getBytes(path);
        assertThat(after.headers().firstValue("ETag")).isNotEqualTo(before.headers().firstValue("ETag"));
        Set<Object> idsAfter = ids(decode(after.body(), "parcels"));
        assertThat(idsAfter).doesNotContain(gone).hasSize(idsBefore.size() - 1);
    }

    @Test
    void anEmptyTileIsNoContent() {
        HttpResponse<byte[]> empty = getBytes("/tiles/" + park + "/parcels/14/0/0.mvt");
        assertThat(empty.statusCode()).isEqualTo(204);
        assertThat(empty.body()).isEmpty();
    }

    @Test
    void resultLayersAreTiledPerScenario() throws IOException {
        HttpResponse<byte[]> tile = getBytes("/tiles/" + park + "/exchange-links/13/7164/2834.mvt?scenario=links-t");
        assertThat(tile.statusCode()).isEqualTo(200);
        JtsLayer links = decode(tile.body(), "exchange-links");
        assertThat(ids(links)).containsExactlyInAnyOrder("links-t-1", "links-t-2");
        assertProblem(get("/tiles/" + park + "/exchange-links/13/7164/2834.mvt?scenario=nope"), 404);
    }

    @Test
    void tileJsonDescribesTheLayer() {
        HttpResponse<String> response = get("/tiles/" + park + "/parcels.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith("application/json");
        JsonNode doc = body(response);
        assertThat(doc.path("tilejson").asText()).isEqualTo("3.0.0");
        assertThat(doc.path("tiles").get(0).asText())
                .isEqualTo("http://127.0.0.1:" + port + "/tiles/" + park + "/parcels/{z}/{x}/{y}.mvt");
        assertThat(doc.path("minzoom").asInt()).isZero();
        assertThat(doc.path("maxzoom").asInt()).isEqualTo(22);
        JsonNode bounds = doc.path("bounds");
        assertThat(bounds.get(0).asDouble()).isBetween(134.82, 134.83);
        assertThat(bounds.get(3).asDouble()).isBetween(48.38, 48.39);
        assertThat(doc.path("center").get(2).asInt()).isBetween(12, 15);
        JsonNode layer = doc.path("vector_layers").get(0);
        assertThat(layer.path("id").asText()).isEqualTo("parcels");
        assertThat(layer.path("fields").path("zoning").asText()).isEqualTo("String");
        assertThat(layer.path("fields").path("landPricePerM2").asText()).isEqualTo("Number");
        assertThat(body(get("/tiles/" + park + "/exchange-links.json?scenario=links-t")).path("tiles").get(0).asText())
                .endsWith("/exchange-links/{z}/{x}/{y}.mvt?scenario=links-t");
    }

    @Test
    void tilesOutsideThePyramidAre400NamingTheCoordinate() {
        assertThat(assertProblem(get("/tiles/" + park + "/parcels/23/0/0.mvt"), 400).at("/invalidParams/0/name").asText())
                .isEqualTo("z");
        assertThat(assertProblem(get("/tiles/" + park + "/parcels/3/8/0.mvt"), 400).at("/invalidParams/0/name").asText())
                .isEqualTo("x");
        assertThat(assertProblem(get("/tiles/" + park + "/parcels/3/0/-1.mvt"), 400).at("/invalidParams/0/name").asText())
                .isEqualTo("y");
        assertThat(assertProblem(get("/tiles/" + park + "/parcels/3/zero/0.mvt"), 400).at("/invalidParams/0/name").asText())
                .isEqualTo("x");
    }

    @Test
    void unknownParksAndLayersAre404() {
        assertProblem(get("/tiles/no-such-park/parcels" + CENTRE), 404);
        assertProblem(get("/tiles/" + park + "/no-such-layer" + CENTRE), 404);
        assertProblem(get("/tiles/no-such-park/parcels.json"), 404);
        assertProblem(get("/tiles/" + park + "/no-such-layer.json"), 404);
    }
}
