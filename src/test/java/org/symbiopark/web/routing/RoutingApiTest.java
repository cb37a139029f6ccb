package org.symbiopark.web.routing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.symbiopark.web.WebApiTest;

/** Least-cost paths over HTTP on the demo park, and every 4xx the endpoint answers. */
class RoutingApiTest extends WebApiTest {

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    private String demoParkId;

    @Test
    void pathBetweenTwoPlantsIsAGeoJsonLineWithItsFigures() {
        String parkId = demoPark();
        Map<String, Long> before = rowCounts();

        HttpResponse<String> response = postJson(paths(parkId),
                "{\"from\": {\"plant\": \"chp\"}, \"to\": {\"plant\": \"brewery\"}, \"carrier\": \"steam\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(contentType(response)).startsWith(GEO_JSON);
        JsonNode feature = body(response);
        assertThat(feature.path("type").asText()).isEqualTo("Feature");
        assertThat(feature.path("geometry").path("type").asText()).isEqualTo("LineString");
        JsonNode p = feature.path("properties");
        LineString line = line(feature);
        double straightM = straightM(line);
        assertThat(p.path("lengthM").asDouble()).isGreaterThanOrEqualTo(straightM * 0.999);
        assertThat(p.path("cost").asDouble()).isPositive();
        assertThat(p.path("cellSizeM").asDouble()).isEqualTo(10);
        assertThat(p.path("neighbours").asInt()).isEqualTo(8);
        assertThat(p.path("cells").asInt()).isGreaterThan(10);
        assertThat(p.path("method").asText()).contains("A*", "8-neighbour");
        assertThat(p.path("carrier").asText()).isEqualTo("steam");
        assertThat(line.getCoordinateN(0).distance(plantPoint("chp"))).as("starts in the CHP's footprint")
                .isLessThan(0.01);
        assertThat(line.getCoordinateN(line.getNumPoints() - 1).distance(plantPoint("brewery"))).isLessThan(1e-6);
        for (Geometry forbidden : forbiddenCorridors()) {
            assertThat(line.intersects(forbidden)).as("crosses a forbidden corridor").isFalse();
        }
        assertThat(rowCounts()).as("nothing stored").isEqualTo(before);
    }

    @Test
    void sixteenNeighboursNeverCostMoreOnTheGridAndPointsWorkAsEnds() {
        String parkId = demoPark();
        Coordinate sawmill = plantPoint("sawmill");
        String to = "{\"point\": [" + (sawmill.x + 0.002) + ", " + (sawmill.y + 0.001) + "]}";

        JsonNode eight = body(postJson(paths(parkId), "{\"from\": {\"plant\": \"wwtp\"}, \"to\": " + to
                + ", \"cellSizeM\": 20}"));
        HttpResponse<String> response = postJson(paths(parkId), "{\"from\": {\"plant\": \"wwtp\"}, \"to\": " + to
                + ", \"cellSizeM\": 20, \"neighbours\": 16}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode sixteen = body(response);
        assertThat(sixteen.path("properties").path("neighbours").asInt()).isEqualTo(16);
        assertThat(sixteen.path("properties").path("cellSizeM").asDouble()).isEqualTo(20);
        assertThat(sixteen.path("properties").path("gridCost").asDouble())
                .isLessThanOrEqualTo(eight.path("properties").path("gridCost").asDouble() + 1e-6);
        LineString line = line(sixteen);
        assertThat(line.getCoordinateN(line.getNumPoints() - 1).distance(
                new Coordinate(sawmill.x + 0.002, sawmill.y + 0.001))).isLessThan(1e-6);
    }

    @Test
    void unknownPlantOrParkIs404NamingIt() {
        String parkId = demoPark();
        JsonNode plant = assertProblem(postJson(paths(parkId),
                "{\"from\": {\"plant\": \"chp\"}, \"to\": {\"plant\": \"no-such-plant\"}}"), 404);
        assertThat(plant.path("detail").asText()).contains("no-such-plant");
        JsonNode park = assertProblem(postJson(paths("no-such-park"),
                "{\"from\": {\"plant\": \"chp\"}, \"to\": {\"plant\": \"brewery\"}}"), 404);
        assertThat(park.path("detail").asText()).contains("no-such-park");
    }

    @Test
    void plantWithoutSiteIs422NamingIt() {
        JsonNode problem = assertProblem(postJson(paths(demoPark()),
                "{\"from\": {\"plant\": \"biogas\"}, \"to\": {\"plant\": \"brewery\"}}"), 422);
        assertThat(problem.path("detail").asText()).contains("biogas", "no site");
    }

    @Test
    void pointOutsideTheSurfaceIs422NamingIt() {
        JsonNode problem = assertProblem(postJson(paths(demoPark()),
                "{\"from\": {\"plant\": \"chp\"}, \"to\": {\"point\": [135.5, 48.9]}}"), 422);
        assertThat(problem.path("detail").asText()).contains("point [135.5, 48.9]", "outside the cost surface");
        assertThat(problem.path("terminal").asText()).isEqualTo("point [135.5, 48.9]");
    }

    @Test
    void pointOnABuildingIs422NamingIt() {
        Coordinate inside = corridor("bldg-technopark").getInteriorPoint().getCoordinate();
        JsonNode problem = assertProblem(postJson(paths(demoPark()), "{\"from\": {\"point\": [" + inside.x + ", "
                + inside.y + "]}, \"to\": {\"plant\": \"chp\"}}"), 422);
        assertThat(problem.path("detail").asText()).contains("forbidden cell");
        assertThat(problem.path("terminal").asText()).startsWith("point [");
    }

    @Test
    void plantEnclosedByABuildingIs422NamingIt() {
        String parkId = islandParkWithAWalledSawmill();
        JsonNode problem = assertProblem(postJson(paths(parkId),
                "{\"from\": {\"plant\": \"chp\"}, \"to\": {\"plant\": \"sawmill\"}}"), 422);
        assertThat(problem.path("detail").asText()).contains("plant 'sawmill' is enclosed by forbidden cells");
        assertThat(problem.path("terminal").asText()).isEqualTo("plant 'sawmill'");
    }

    @Test
    void rasterTooLargeIs422WithTheCellSizeThatFits() {
        JsonNode problem = assertProblem(postJson(paths(demoPark()),
                "{\"from\": {\"plant\": \"chp\"}, \"to\": {\"plant\": \"brewery\"}, \"cellSizeM\": 0.05}"), 422);
        double fits = problem.path("fittingCellSizeM").asDouble();
        assertThat(fits).isGreaterThan(0.05);
        assertThat(problem.path("detail").asText()).contains("a cell size of " + problem.path("fittingCellSizeM")
                .asText() + " m or more fits");

        HttpResponse<String> atFit = postJson(paths(demoPark()),
                "{\"from\": {\"plant\": \"chp\"}, \"to\": {\"plant\": \"brewery\"}, \"cellSizeM\": " + Math.max(fits, 5)
                        + "}");
        assertThat(atFit.statusCode()).as(atFit.body()).isEqualTo(200);
    }

    @Test
    void unknownCarrierIs422NamingIt() {
        JsonNode problem = assertProblem(postJson(paths(demoPark()),
                "{\"from\": {\"plant\": \"chp\"}, \"to\": {\"plant\": \"brewery\"}, \"carrier\": \"plasma\"}"), 422);
        assertThat(problem.path("detail").asText()).contains("plasma");
    }

    @Test
    void badBodiesAre400NamingTheField() {
        String parkId = demoPark();
        String ends = "\"from\": {\"plant\": \"chp\"}, \"to\": {\"plant\": \"brewery\"}";
        Map<String, String> bodies = Map.of(
                "{\"to\": {\"plant\": \"brewery\"}}", "from",
                "{\"from\": {\"plant\": \"chp\", \"point\": [134.8, 48.3]}, \"to\": {\"plant\": \"brewery\"}}", "from",
                "{\"from\": {\"plant\": \"chp\"}, \"to\": {\"point\": [200, 48.3]}}", "to.point",
                "{\"from\": {\"plant\": \"chp\"}, \"to\": {\"point\": [134.8]}}", "to.point",
                "{" + ends + ", \"neighbours\": 7}", "neighbours",
                "{" + ends + ", \"cellSizeM\": -1}", "cellSizeM",
                "{" + ends + ", \"demUrl\": \"http://example.org/dem.asc\"}", "demUrl",
                "{\"from\": {\"point\": \"here\"}, \"to\": {\"plant\": \"brewery\"}}", "from.point");
        bodies.forEach((body, field) -> {
            JsonNode problem = assertProblem(postJson(paths(parkId), body), 400);
            assertThat(problem.path("detail").asText()).as(body).contains("'" + field + "'");
        });
        assertProblem(postJson(paths(parkId), "{\"from\": "), 400);
    }

    private String paths(String parkId) {
        return PARKS + "/" + parkId + "/routing/paths";
    }

    private synchronized String demoPark() {
        if (demoParkId == null) {
            String id = "demo-" + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> response = post(PARKS + "/import?id=" + id, GEO_JSON,
                    BodyPublishers.ofString(demoGeoJson()));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            demoParkId = id;
        }
        return demoParkId;
    }

    /** The island fixture with a building around the sawmill: a square ring 120 m across, 60 m thick. */
    private String islandParkWithAWalledSawmill() {
        try {
            ObjectNode park = (ObjectNode) json.readTree(fixture("island-park.geojson"));
            ArrayNode features = (ArrayNode) park.path("features");
            double x = 134.854;
            double y = 48.3805;
            double outerX = 0.0008;
            double outerY = 0.00054;
            double innerX = 0.0004;
            double innerY = 0.00027;
            String ring = "{\"type\": \"Feature\", \"geometry\": {\"type\": \"Polygon\", \"coordinates\": ["
                    + square(x, y, outerX, outerY) + ", " + square(x, y, innerX, innerY) + "]}, "
                    + "\"properties\": {\"layer\": \"corridor\", \"id\": \"walls\", \"kind\": \"building\"}}";
            features.add(json.readTree(ring));
            String id = "walled-" + UUID.randomUUID().toString().substring(0, 8);
            HttpResponse<String> response = post(PARKS + "/import?id=" + id, GEO_JSON,
                    BodyPublishers.ofString(json.writeValueAsString(park)));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String square(double x, double y, double dx, double dy) {
        return "[[" + (x - dx) + ", " + (y - dy) + "], [" + (x + dx) + ", " + (y - dy) + "], [" + (x + dx) + ", "
                + (y + dy) + "], [" + (x - dx) + ", " + (y + dy) + "], [" + (x - dx) + ", " + (y - dy) + "]]";
    }

    private static String demoGeoJson() {
        try (InputStream in = RoutingApiTest.class.getResourceAsStream("/data/parks/bolshoy-ussuriysky.geojson")) {
            assertThat(in).as("demo park on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode demoFeature(String id) {
        try {
            for (JsonNode f : json.readTree(demoGeoJson()).path("features")) {
                if (f.path("properties").path("id").asText().equals(id)) {
                    return f;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("no feature " + id + " in the demo park");
    }

    /** A demo plant's point, or a point inside its footprint (as the service takes it; lon/lat interior points agree to < 1 cm). */
    private Coordinate plantPoint(String id) {
        JsonNode g = demoFeature(id).path("geometry");
        if (g.path("type").asText().equals("Point")) {
            return new Coordinate(g.path("coordinates").get(0).asDouble(), g.path("coordinates").get(1).asDouble());
        }
        return polygon(g).getCentroid().getCoordinate();
    }

    private Geometry corridor(String id) {
        return polygon(demoFeature(id).path("geometry"));
    }

    private List<Geometry> forbiddenCorridors() {
        return List.of(corridor("wetland"), corridor("bldg-technopark"));
    }

    private static Geometry polygon(JsonNode geometry) {
        JsonNode outer = geometry.path("coordinates").get(0);
        Coordinate[] ring = new Coordinate[outer.size()];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new Coordinate(outer.get(i).get(0).asDouble(), outer.get(i).get(1).asDouble());
        }
        LinearRing shell = GEOMETRIES.createLinearRing(ring);
        return GEOMETRIES.createPolygon(shell);
    }

    private static LineString line(JsonNode feature) {
        List<Coordinate> points = new ArrayList<>();
        for (JsonNode c : feature.path("geometry").path("coordinates")) {
            points.add(new Coordinate(c.get(0).asDouble(), c.get(1).asDouble()));
        }
        return GEOMETRIES.createLineString(points.toArray(Coordinate[]::new));
    }

    /** The straight distance between the line's ends, m, by an equirectangular approximation (enough at park scale). */
    private static double straightM(LineString line) {
        Coordinate a = line.getCoordinateN(0);
        Coordinate b = line.getCoordinateN(line.getNumPoints() - 1);
        double metresPerDegree = 111_320;
        double dx = (b.x - a.x) * metresPerDegree * Math.cos(Math.toRadians((a.y + b.y) / 2));
        double dy = (b.y - a.y) * metresPerDegree;
        return Math.hypot(dx, dy);
    }
}
