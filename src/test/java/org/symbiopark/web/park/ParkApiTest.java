package org.symbiopark.web.park;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.symbiopark.web.WebApiTest;

/** The park API end to end over HTTP: import, listings, feature CRUD per layer, export and re-import. */
class ParkApiTest extends WebApiTest {

    /** Fixture feature counts: parcels, plants, pipelines, corridors. */
    private static final Map<String, Integer> FIXTURE_COUNTS =
            Map.of("parcels", 4, "plants", 3, "pipelines", 1, "corridors", 2);

    @Test
    void importedParkIsListedWithLinks() {
        HttpResponse<String> imported = post(PARKS + "/import", GEO_JSON,
                BodyPublishers.ofString(fixture("island-park.geojson").replace("\"island-park\"", "\"island-listed\"")));
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(body(imported).path("id").asText()).isEqualTo("island-listed");
        assertThat(imported.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith(PARKS + "/island-listed"));

        HttpResponse<String> list = get(PARKS);
        assertThat(list.statusCode()).isEqualTo(200);
        JsonNode park = null;
        for (JsonNode p : body(list)) {
            if (p.path("id").asText().equals("island-listed")) {
                park = p;
            }
        }
        assertThat(park).as("imported park in %s", list.body()).isNotNull();
        assertThat(park.path("name").asText()).isEqualTo("Island test park");
        assertThat(park.path("country").asText()).isEqualTo("RU");
        assertThat(park.path("currency").asText()).isEqualTo("RUB");
        assertThat(park.path("languages").toString()).isEqualTo("[\"ru\",\"zh\"]");
        assertThat(park.path("discountRate").asDouble()).isEqualTo(0.07);
        assertThat(park.path("lifetimeYears").asInt()).isEqualTo(25);
        assertThat(park.path("workSrid").asInt()).as("UTM zone 53N of 134.85 E").isEqualTo(32653);
        List<String> rels = new ArrayList<>();
        park.path("links").forEach(l -> rels.add(l.path("rel").asText()));
        assertThat(rels).contains("self", "parcels", "plants", "pipelines", "corridors", "scenarios", "export");

        assertThat(body(get(PARKS + "/island-listed")).path("name").asText()).isEqualTo("Island test park");
    }

    @Test
    void parcelsAreAValidFeatureCollection() {
        String parkId = importFixture();
        HttpResponse<String> response = get(PARKS + "/" + parkId + "/parcels");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).startsWith(GEO_JSON);
        JsonNode collection = body(response);
        assertThat(collection.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(collection.path("numberMatched").asInt()).isEqualTo(4);
        assertThat(collection.path("numberReturned").asInt()).isEqualTo(4);
        assertThat(collection.path("features")).hasSize(4);
        for (JsonNode feature : collection.path("features")) {
            assertThat(feature.path("type").asText()).isEqualTo("Feature");
            assertThat(feature.path("geometry").path("type").asText()).isIn("Polygon", "MultiPolygon");
            assertThat(feature.path("properties").path("areaM2").asDouble()).isPositive();
        }
        // parcel a1 is 0.002° × 0.001° at 48.38° N: about 148 m × 111 m
        JsonNode a1 = collection.path("features").get(0).path("properties");
        assertThat(a1.path("areaM2").asDouble()).isBetween(15_000.0, 18_000.0);
        assertThat(rels(collection)).containsExactly("self");
    }

    @Test
    void bboxFilterAndPaging() {
        String parkId = importFixture();
        String parcels = PARKS + "/" + parkId + "/parcels";
        JsonNode northEast = body(get(parcels + "?bbox=134.865,48.385,134.875,48.395"));
        assertThat(northEast.path("numberMatched").asInt()).isEqualTo(1);
        assertThat(featureIds(northEast)).containsExactly("b1");

        JsonNode first = body(get(parcels + "?limit=3"));
        assertThat(first.path("numberMatched").asInt()).isEqualTo(4);
        assertThat(first.path("numberReturned").asInt()).isEqualTo(3);
        assertThat(featureIds(first)).containsExactly("a1", "a2", "a3");
        assertThat(rels(first)).containsExactly("self", "next");
        String next = link(first, "next");
        assertThat(next).contains("offset=3", "limit=3");

        JsonNode second = body(get(next.substring(next.indexOf(PARKS))));
        assertThat(second.path("numberReturned").asInt()).isEqualTo(1);
        assertThat(featureIds(second)).containsExactly("b1");
        assertThat(rels(second)).containsExactly("self", "prev");
        assertThat(link(second, "prev")).contains("offset=0");
    }

    @Test
    void eachLayerSupportsFeatureCrud() {
        String parkId = importFixture();
        crud(parkId, "parcels", """
                {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": [[[134.860, 48.380],
                 [134.862, 48.380], [134.862, 48.381], [134.860, 48.381], [134.860, 48.380]]]},
                 "properties": {"id": "new", "name": "NAME", "zoning": "logistics", "status": "available"}}""");
        crud(parkId, "plants", """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [134.857, 48.3805]},
                 "properties": {"id": "new", "name": "NAME", "industry": "C2011", "status": "proposed",
                  "streams": [{"direction": "IN", "resource": "steam", "quantity": 1000, "unit": "t"}]}}""");
        crud(parkId, "pipelines", """
                {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[134.851, 48.3806], [134.857, 48.3806]]},
                 "properties": {"id": "new", "name": "NAME", "carrier": "hot_water", "diameterMm": 200, "status": "proposed"}}""");
        crud(parkId, "corridors", """
                {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[134.849, 48.3815], [134.859, 48.3815]]},
                 "properties": {"id": "new", "name": "NAME", "kind": "utility"}}""");
    }

    private void crud(String parkId, String layer, String feature) {
        String collection = PARKS + "/" + parkId + "/" + layer;
        HttpResponse<String> created = postJson(collection, feature.replace("NAME", "first"));
        assertThat(created.statusCode()).as(layer + ": " + created.body()).isEqualTo(201);
        assertThat(contentType(created)).startsWith(GEO_JSON);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith(collection + "/new"));
        assertThat(body(created).path("properties").path("name").asText()).isEqualTo("first");
        assertThat(body(get(collection)).path("numberMatched").asInt()).isEqualTo(FIXTURE_COUNTS.get(layer) + 1);

        HttpResponse<String> read = get(collection + "/new");
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(body(read).path("properties").path("name").asText()).isEqualTo("first");

        HttpResponse<String> replaced = putJson(collection + "/new", feature.replace("NAME", "second"));
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(body(get(collection + "/new")).path("properties").path("name").asText()).isEqualTo("second");

        assertThat(delete(collection + "/new").statusCode()).isEqualTo(204);
        assertProblem(get(collection + "/new"), 404);
        assertThat(body(get(collection)).path("numberMatched").asInt()).isEqualTo(FIXTURE_COUNTS.get(layer));
    }

    @Test
    void featureInAnotherCrsIsStoredInWgs84() {
        String parkId = importFixture();
        // 134.857 E 48.3805 N in WGS 84 / UTM zone 53N: echo "48.3805 134.857" | cs2cs EPSG:4326 EPSG:32653
        HttpResponse<String> created = postJson(PARKS + "/" + parkId + "/plants?crs=EPSG:32653", """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [489411.52, 5358602.50]},
                 "properties": {"id": "utm-plant", "industry": "C2011", "status": "proposed"}}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode xy = body(created).path("geometry").path("coordinates");
        assertThat(xy.get(0).asDouble()).isCloseTo(134.857, org.assertj.core.data.Offset.offset(1e-4));
        assertThat(xy.get(1).asDouble()).isCloseTo(48.3805, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void parkCrud() {
        HttpResponse<String> created = postJson(PARKS, """
                {"name": "Empty park", "country": "VN", "languages": ["vi", "en"], "currency": "VND"}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = body(created).path("id").asText();
        assertThat(id).isNotBlank();
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(id));
        assertThat(body(created).path("discountRate").asDouble()).isEqualTo(0.08);

        HttpResponse<String> updated = putJson(PARKS + "/" + id, """
                {"name": "Renamed park", "country": "VN", "languages": ["vi"], "currency": "VND",
                 "discountRate": 0.1, "lifetimeYears": 20}""");
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        JsonNode park = body(get(PARKS + "/" + id));
        assertThat(park.path("name").asText()).isEqualTo("Renamed park");
        assertThat(park.path("lifetimeYears").asInt()).isEqualTo(20);

        assertThat(delete(PARKS + "/" + id).statusCode()).isEqualTo(204);
        assertProblem(get(PARKS + "/" + id), 404);
    }

    @Test
    void scenarioCrud() {
        String parkId = importFixture();
        String scenarios = PARKS + "/" + parkId + "/scenarios";
        HttpResponse<String> created = postJson(scenarios, """
                {"id": "base", "name": "Base case", "description": "as built", "content": {"exchanges": [1, 2]}}""");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith(scenarios + "/base"));
        JsonNode one = body(get(scenarios + "/base"));
        assertThat(one.path("name").asText()).isEqualTo("Base case");
        assertThat(one.path("version").asInt()).isEqualTo(1);
        assertThat(one.path("content").path("exchanges").toString()).isEqualTo("[1,2]");
        assertThat(body(get(scenarios))).hasSize(1);
        assertThat(delete(scenarios + "/base").statusCode()).isEqualTo(204);
        assertThat(body(get(scenarios))).isEmpty();
    }

    @Test
    void geoJsonExportImportsAgainWithTheSameFeatures() {
        String parkId = importFixture();
        HttpResponse<String> export = get(PARKS + "/" + parkId + "/export");
        assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
        assertThat(contentType(export)).startsWith(GEO_JSON);
        HttpResponse<String> again = post(PARKS + "/import?id=" + parkId + "-json", "application/json",
                BodyPublishers.ofString(export.body()));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(counts(parkId + "-json")).isEqualTo(FIXTURE_COUNTS);
    }

    @Test
    void geoPackageExportImportsAgainWithTheSameFeatures() throws Exception {
        String parkId = importFixture();
        HttpResponse<byte[]> export = getBytes(PARKS + "/" + parkId + "/export?format=gpkg");
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(contentType(export)).isEqualTo("application/geopackage+sqlite3");
        assertThat(export.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("attachment", "filename=\"" + parkId + ".gpkg\""));
        assertThat(new String(export.body(), 0, 15, StandardCharsets.US_ASCII)).isEqualTo("SQLite format 3");

        HttpResponse<String> raw = post(PARKS + "/import?id=" + parkId + "-raw", "application/geopackage+sqlite3",
                BodyPublishers.ofByteArray(export.body()));
        assertThat(raw.statusCode()).as(raw.body()).isEqualTo(201);
        assertThat(counts(parkId + "-raw")).isEqualTo(FIXTURE_COUNTS);

        String boundary = "symbiopark-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"park.gpkg\"\r\n"
                + "Content-Type: application/geopackage+sqlite3\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        HttpResponse<String> multipart = send(HttpRequest.newBuilder(uri(PARKS + "/import?id=" + parkId + "-upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(BodyPublishers.concat(BodyPublishers.ofByteArray(head), BodyPublishers.ofByteArray(export.body()),
                        BodyPublishers.ofByteArray(tail))));
        assertThat(multipart.statusCode()).as(multipart.body()).isEqualTo(201);
        assertThat(counts(parkId + "-upload")).isEqualTo(FIXTURE_COUNTS);

        JsonNode streams = body(get(PARKS + "/" + parkId + "-upload/plants/chp")).path("properties").path("streams");
        assertThat(streams).hasSize(3);
        assertThat(streams.get(0).path("resource").asText()).isEqualTo("steam");
    }

    private Map<String, Integer> counts(String parkId) {
        return Map.of("parcels", matched(parkId, "parcels"), "plants", matched(parkId, "plants"),
                "pipelines", matched(parkId, "pipelines"), "corridors", matched(parkId, "corridors"));
    }

    private int matched(String parkId, String layer) {
        HttpResponse<String> response = get(PARKS + "/" + parkId + "/" + layer);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return body(response).path("numberMatched").asInt();
    }

    private static List<String> featureIds(JsonNode collection) {
        List<String> ids = new ArrayList<>();
        collection.path("features").forEach(f -> ids.add(f.path("properties").path("id").asText(f.path("id").asText())));
        return ids;
    }

    private static List<String> rels(JsonNode collection) {
        List<String> rels = new ArrayList<>();
        collection.path("links").forEach(l -> rels.add(l.path("rel").asText()));
        return rels;
    }

    private static String link(JsonNode collection, String rel) {
        for (JsonNode l : collection.path("links")) {
            if (l.path("rel").asText().equals(rel)) {
                return l.path("href").asText();
            }
        }
        throw new AssertionError("no " + rel + " link in " + collection.path("links"));
    }
}
