package org.symbiopark.web.ogc;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.symbiopark.web.MapsTestParks;
import org.symbiopark.web.WebApiTest;

/** OGC API – Features Part 1 core at /ogc over the demo park, with a real HTTP client. */
class OgcApiTest extends WebApiTest {

    private static String park;

    @BeforeEach
    void demoPark() {
        if (park == null) {
            park = MapsTestParks.importDemo(this, "ogc");
            MapsTestParks.addExchangeScenario(this, park, "links-a", 100);
        }
    }

    private String items(String layer) {
        return "/ogc/collections/" + park + ":" + layer + "/items";
    }

    private static JsonNode link(JsonNode doc, String rel) {
        for (JsonNode l : doc.path("links")) {
            if (l.path("rel").asText().equals(rel)) {
                return l;
            }
        }
        return null;
    }

    private JsonNode okJson(String path, String type) {
        HttpResponse<String> response = get(path);
        assertThat(response.statusCode()).as("%s: %s", path, response.body()).isEqualTo(200);
        assertThat(contentType(response)).startsWith(type);
        return body(response);
    }

    @Test
    void landingPageLinksTheApiDefinitionConformanceAndData() {
        JsonNode landing = okJson("/ogc", "application/json");
        assertThat(landing.path("title").asText()).isNotBlank();
        assertThat(link(landing, "self").path("href").asText()).isEqualTo("http://127.0.0.1:" + port + "/ogc");
        assertThat(link(landing, "service-desc").path("type").asText())
                .isEqualTo("application/vnd.oai.openapi+json;version=3.0");
        assertThat(link(landing, "service-desc").path("href").asText()).endsWith("/ogc/api");
        assertThat(link(landing, "service-doc").path("type").asText()).isEqualTo("text/html");
        assertThat(get(URI.create(link(landing, "service-doc").path("href").asText()).getPath()).statusCode())
                .isIn(200, 302);
        assertThat(link(landing, "conformance").path("href").asText()).endsWith("/ogc/conformance");
        assertThat(link(landing, "data").path("href").asText()).endsWith("/ogc/collections");
        assertThat(get("/ogc/").statusCode()).isEqualTo(200);
        assertThat(get("/ogc?f=json").statusCode()).isEqualTo(200);
    }

    @Test
    void conformanceDeclaresCoreGeoJsonAndOpenApi() {
        JsonNode conformance = okJson("/ogc/conformance", "application/json");
        List<String> classes = new ArrayList<>();
        conformance.path("conformsTo").forEach(c -> classes.add(c.asText()));
        assertThat(classes).containsExactlyInAnyOrder(
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
                "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");
    }

    @Test
    void apiDefinitionIsOpenApi30ForThisServer() {
        JsonNode api = okJson("/ogc/api", "application/vnd.oai.openapi+json;version=3.0");
        assertThat(api.path("openapi").asText()).startsWith("3.0");
        assertThat(api.path("servers").get(0).path("url").asText()).isEqualTo("http://127.0.0.1:" + port + "/ogc");
        assertThat(api.path("paths").has("/collections/{collectionId}/items/{featureId}")).isTrue();
        assertThat(api.path("paths").path("/collections/{collectionId}/items").path("get").path("operationId").asText())
                .isEqualTo("getFeatures");
        assertThat(api.at("/components/parameters/limit/schema/maximum").asInt()).isEqualTo(10000);
    }

    @Test
    void everyParkLayerIsACollectionWithExtentCrsAndItemsLink() {
        JsonNode collections = okJson("/ogc/collections", "application/json");
        assertThat(link(collections, "self")).isNotNull();
        Set<String> ids = new LinkedHashSet<>();
        collections.path("collections").forEach(c -> ids.add(c.path("id").asText()));
        assertThat(ids).contains(park + ":parcels", park + ":plants", park + ":pipelines", park + ":corridors",
                park + ":exchange-links");

        JsonNode parcels = okJson("/ogc/collections/" + park + ":parcels", "application/json");
        assertThat(parcels.path("id").asText()).isEqualTo(park + ":parcels");
        assertThat(parcels.path("title").asText()).contains("Parcels");
        assertThat(parcels.path("itemType").asText()).isEqualTo("feature");
        assertThat(parcels.path("crs").get(0).asText()).isEqualTo("http://www.opengis.net/def/crs/OGC/1.3/CRS84");
        JsonNode bbox = parcels.at("/extent/spatial/bbox/0");
        assertThat(bbox.get(0).asDouble()).isBetween(134.82, 134.83);
        assertThat(bbox.get(3).asDouble()).isBetween(48.38, 48.39);
        assertThat(link(parcels, "items").path("href").asText())
                .isEqualTo("http://127.0.0.1:" + port + items("parcels"));
        assertThat(link(parcels, "items").path("type").asText()).isEqualTo("application/geo+json");
    }

    @Test
    void itemsAreAGeoJsonFeatureCollectionWithCountsAndTimeStamp() {
        JsonNode page = okJson(items("parcels"), "application/geo+json");
        assertThat(page.path("type").asText()).isEqualTo("FeatureCollection");
        assertThat(page.path("numberMatched").asInt()).isEqualTo(57);
        assertThat(page.path("numberReturned").asInt()).isEqualTo(57);
        assertThat(page.path("features")).hasSize(57);
        assertThat(page.path("timeStamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
        JsonNode first = page.path("features").get(0);
        assertThat(first.path("type").asText()).isEqualTo("Feature");
        assertThat(first.path("id").asText()).isEqualTo("P01");
        assertThat(first.path("geometry").path("type").asText()).isEqualTo("MultiPolygon");
        assertThat(first.path("properties").path("zoning").asText()).isEqualTo("logistics");
        assertThat(link(page, "next")).isNull();
        assertThat(link(page, "prev")).isNull();
        assertThat(link(page, "collection")).isNotNull();
    }

    @Test
    void pagesFollowedByNextLinksVisitEveryFeatureOnce() {
        List<String> ids = new ArrayList<>();
        String path = items("parcels") + "?limit=10";
        int pages = 0;
        JsonNode page = null;
        while (path != null) {
            page = okJson(path, "application/geo+json");
            assertThat(page.path("numberMatched").asInt()).isEqualTo(57);
            assertThat(link(page, "self")).isNotNull();
            assertThat(link(page, "prev") != null).isEqualTo(pages > 0);
            page.path("features").forEach(f -> ids.add(f.path("id").asText()));
            JsonNode next = link(page, "next");
            path = next == null ? null : URI.create(next.path("href").asText()).getRawPath() + "?"
                    + URI.create(next.path("href").asText()).getRawQuery();
            pages++;
        }
        assertThat(pages).isEqualTo(6);
        assertThat(page.path("numberReturned").asInt()).isEqualTo(7);
        assertThat(ids).hasSize(57).doesNotHaveDuplicates();
        JsonNode beyond = okJson(items("parcels") + "?offset=100", "application/geo+json");
        assertThat(beyond.path("numberReturned").asInt()).isZero();
        assertThat(beyond.path("numberMatched").asInt()).isEqualTo(57);
    }

    @Test
    void bboxSelectsTheFeaturesInsideAndMayCrossTheAntimeridian() {
        // P01 spans 134.8284–134.8310 E, 48.3846–48.3890 N
        JsonNode corner = okJson(items("parcels") + "?bbox=134.8285,48.3885,134.8290,48.3889", "application/geo+json");
        assertThat(corner.path("features")).extracting(f -> f.path("id").asText()).containsExactly("P01");
        assertThat(okJson(items("parcels") + "?bbox=0,0,1,1", "application/geo+json").path("numberMatched").asInt())
                .isZero();
        assertThat(okJson(items("parcels") + "?bbox=134,48,-100,136,49,100", "application/geo+json")
                .path("numberMatched").asInt()).as("6 numbers: with heights").isEqualTo(57);
        // west edge east of the east edge: from 134.85 E across 180° to 134.84 E, i.e. all but a band
        JsonNode crossing = okJson(items("parcels") + "?bbox=134.85,-90,134.84,90&limit=1000", "application/geo+json");
        Set<String> east = ids(okJson(items("parcels") + "?bbox=134.85,-90,180,90&limit=1000", "application/geo+json"));
        Set<String> west = ids(okJson(items("parcels") + "?bbox=-180,-90,134.84,90&limit=1000", "application/geo+json"));
        Set<String> union = new LinkedHashSet<>(west);
        union.addAll(east);
        assertThat(ids(crossing)).containsExactlyInAnyOrderElementsOf(union);
        assertThat(crossing.path("numberMatched").asInt()).isBetween(1, 56);
        assertThat(okJson(items("parcels") + "?bbox=170,-90,-170,90", "application/geo+json")
                .path("numberMatched").asInt()).as("a box around 180° only").isZero();
    }

    private static Set<String> ids(JsonNode page) {
        Set<String> ids = new LinkedHashSet<>();
        page.path("features").forEach(f -> ids.add(f.path("id").asText()));
        return ids;
    }

    @Test
    void aSingleFeatureWithLinks() {
        JsonNode plant = okJson(items("plants") + "/chp", "application/geo+json");
        assertThat(plant.path("type").asText()).isEqualTo("Feature");
        assertThat(plant.path("id").asText()).isEqualTo("chp");
        assertThat(plant.path("properties").path("industry").asText()).isEqualTo("D3510");
        assertThat(plant.path("properties").path("streams").isArray()).isTrue();
        assertThat(link(plant, "self").path("href").asText()).endsWith(items("plants") + "/chp");
        assertThat(link(plant, "collection").path("href").asText()).endsWith("/ogc/collections/" + park + ":plants");
    }

    @Test
    void resultLayersTakeAScenario() {
        JsonNode links = okJson(items("exchange-links") + "?scenario=links-a", "application/geo+json");
        assertThat(links.path("numberMatched").asInt()).isEqualTo(2);
        assertThat(links.path("features").get(0).path("properties").path("scenarioId").asText()).isEqualTo("links-a");
        assertThat(link(links, "self").path("href").asText()).contains("scenario=links-a");
        assertThat(okJson(items("exchange-links") + "/links-a-2?scenario=links-a", "application/geo+json")
                .path("properties").path("quantity").asDouble()).isEqualTo(250);
        assertThat(assertProblem(get(items("exchange-links") + "?scenario=nope"), 404).path("detail").asText())
                .contains("nope");
    }

    @Test
    void negotiationByFAndAccept() {
        HttpResponse<String> json = send(HttpRequest.newBuilder(uri(items("parcels") + "?limit=1"))
                .header("Accept", "application/json").GET());
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(contentType(json)).startsWith("application/json");
        HttpResponse<String> geo = send(HttpRequest.newBuilder(uri(items("parcels") + "?limit=1"))
                .header("Accept", "application/geo+json, application/json;q=0.9").GET());
        assertThat(contentType(geo)).startsWith("application/geo+json");
        HttpResponse<String> html = send(HttpRequest.newBuilder(uri("/ogc/collections")).header("Accept", "text/html").GET());
        assertProblem(html, 406);
        assertThat(send(HttpRequest.newBuilder(uri("/ogc/collections?f=json")).header("Accept", "text/html").GET())
                .statusCode()).as("f wins over Accept").isEqualTo(200);
        assertThat(assertProblem(get("/ogc/conformance?f=html"), 400).at("/invalidParams/0/name").asText()).isEqualTo("f");
    }

    @Test
    void badRequestsAreProblemsNamingTheParameter() {
        record Case(String query, String parameter) {
        }
        for (Case c : List.of(new Case("bbox=1,2,3", "bbox"), new Case("bbox=1,50,2,40", "bbox"),
                new Case("bbox=a,b,c,d", "bbox"), new Case("bbox=1,2,3,4,5", "bbox"), new Case("bbox=-181,0,0,1", "bbox"),
                new Case("limit=0", "limit"), new Case("limit=10001", "limit"), new Case("limit=ten", "limit"),
                new Case("offset=-1", "offset"), new Case("datetime=yesterday", "datetime"),
                new Case("colour=red", "colour"))) {
            JsonNode problem = assertProblem(get(items("parcels") + "?" + c.query()), 400);
            assertThat(problem.path("detail").asText()).as(c.query()).contains(c.parameter());
            assertThat(problem.at("/invalidParams/0/name").asText()).as(c.query()).isEqualTo(c.parameter());
        }
        assertThat(get(items("parcels") + "?datetime=2026-01-01T00:00:00Z/..").statusCode()).isEqualTo(200);
        assertProblem(get("/ogc/collections?limit=5"), 400);
        assertProblem(get(items("plants") + "/chp?bbox=1,2,3,4"), 400);
    }

    @Test
    void unknownCollectionsAndFeaturesAre404() {
        assertProblem(get("/ogc/collections/no-such-park:parcels"), 404);
        assertProblem(get("/ogc/collections/" + park + ":no-such-layer/items"), 404);
        assertProblem(get("/ogc/collections/no-colon/items"), 404);
        assertThat(assertProblem(get(items("parcels") + "/P999"), 404).path("detail").asText()).contains("P999");
    }
}
