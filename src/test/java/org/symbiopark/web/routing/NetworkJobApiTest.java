package org.symbiopark.web.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.symbiopark.web.WebApiTest;

/**
 * Network jobs on the demo park (data/parks/bolshoy-ussuriysky.geojson): its exchange analysis
 * sends hot water from the CHP to the sawmill, greenhouse1 and the pellet plant (four terminals),
 * and steam from the CHP to the soy plant and the board mill.
 */
class NetworkJobApiTest extends WebApiTest {

    @Test
    void aHotWaterNetworkIsPlannedSizedAndSavedAsProposedPipelines() throws Exception {
        String park = importDemoPark(demoPark());
        HttpResponse<String> started = postJson(networks(park), "{\"carrier\": \"hot_water\"}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String jobId = body(started).path("id").asText();
        assertThat(started.headers().firstValue("Location").orElseThrow()).endsWith(networks(park) + "/" + jobId);
        assertThat(body(started).path("kind").asText()).isEqualTo("network");

        JsonNode done = awaitFinal(park, jobId);
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.path("progress").path("fraction").asDouble()).isEqualTo(1.0);
        String scenarioId = done.path("result").path("scenarioId").asText();
        JsonNode scenario = body(get(PARKS + "/" + park + "/scenarios/" + scenarioId));
        assertThat(scenario.path("name").asText()).isEqualTo("Hot water (district heat) network");
        JsonNode content = scenario.path("content");
        assertThat(content.path("carrier").asText()).isEqualTo("hot_water");
        assertThat(content.path("unit").asText()).isEqualTo("MWh");
        assertThat(names(content.path("terminals"))).containsExactlyInAnyOrder("chp", "sawmill", "greenhouse1", "pellet");

        JsonNode routes = content.path("routesGeoJson");
        assertThat(routes.path("type").asText()).isEqualTo("FeatureCollection");
        double lengthM = 0;
        double costPerYear = 0;
        double fromChp = 0;
        for (JsonNode f : routes.path("features")) {
            assertThat(f.path("geometry").path("type").asText()).isEqualTo("LineString");
            for (JsonNode c : f.path("geometry").path("coordinates")) {
                // WGS 84 longitude, latitude on the island
                assertThat(c.get(0).asDouble()).isBetween(134.7, 135.0);
                assertThat(c.get(1).asDouble()).isBetween(48.3, 48.5);
            }
            JsonNode p = f.path("properties");
            assertThat(p.path("carrier").asText()).isEqualTo("hot_water");
            assertThat(p.path("unit").asText()).isEqualTo("MWh");
            assertThat(p.path("status").asText()).isEqualTo("proposed");
            assertThat(p.path("flowPerYear").asDouble()).isPositive();
            assertThat(p.path("diameterMm").asDouble()).isPositive();
            assertThat(p.path("costPerYear").asDouble()).isPositive();
            lengthM += p.path("lengthM").asDouble();
            costPerYear += p.path("costPerYear").asDouble();
            if ("chp".equals(p.path("from").asText())) {
                fromChp += p.path("flowPerYear").asDouble();
            }
        }
        // all the CHP's hot water leaves it: 21,000 + 96,000 + 15,000 MWh
        assertThat(fromChp).isCloseTo(132_000, within(1e-3));
        assertThat(routes.path("features").size()).isGreaterThanOrEqualTo(4);
        JsonNode totals = content.path("totals");
        assertThat(totals.path("lengthM").asDouble()).isCloseTo(lengthM, within(0.5));
        assertThat(totals.path("costPerYear").asDouble()).isCloseTo(costPerYear, within(5.0));
        JsonNode p2p = content.path("pointToPoint");
        assertThat(p2p.path("pipes").size()).isEqualTo(3);
        assertThat(p2p.path("lengthM").asDouble()).isGreaterThan(totals.path("lengthM").asDouble());
        assertThat(p2p.path("savingPerYear").asDouble()).isPositive();
        assertThat(p2p.path("savingPercent").asDouble()).isCloseTo(100 * p2p.path("savingPerYear").asDouble()
                / p2p.path("costPerYear").asDouble(), within(0.01));
        JsonNode pipelines = content.path("pipelines");
        assertThat(pipelines.size()).isEqualTo(routes.path("features").size());
        for (JsonNode pipeline : pipelines) {
            assertThat(pipeline.path("status").asText()).isEqualTo("proposed");
            assertThat(pipeline.path("carrier").asText()).isEqualTo("hot_water");
            assertThat(pipeline.path("diameterMm").asDouble()).isPositive();
            assertThat(pipeline.path("geometry").path("type").asText()).isEqualTo("LineString");
        }
    }

    @Test
    void theExchangesMayComeFromASavedExchangeAnalysis() throws Exception {
        String park = importDemoPark(demoPark());
        HttpResponse<String> analysis = postJson(PARKS + "/" + park + "/exchanges/analyses", "{}");
        assertThat(analysis.statusCode()).as(analysis.body()).isEqualTo(201);
        String exchanges = body(analysis).path("scenarioId").asText();

        HttpResponse<String> started = postJson(networks(park),
                "{\"carrier\": \"steam\", \"scenario\": \"" + exchanges + "\", \"cellSizeM\": 20}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode done = awaitFinal(park, body(started).path("id").asText());
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
        JsonNode network = done.path("result").path("network");
        assertThat(network.path("exchangesFrom").asText()).isEqualTo("scenario '" + exchanges + "'");
        assertThat(network.path("cellSizeM").asDouble()).isEqualTo(20);
        assertThat(names(network.path("terminals"))).containsExactly("chp", "soy", "boardmill");
        double steamOut = 0;
        for (JsonNode s : network.path("segments")) {
            if ("chp".equals(s.path("from").asText())) {
                steamOut += s.path("flowPerYear").asDouble();
            }
        }
        assertThat(steamOut).isCloseTo(90_000, within(1e-3));
    }

    @Test
    void theEventsStreamShowsProgressThenTheSavedScenario() throws Exception {
        String park = importDemoPark(demoPark());
        HttpResponse<String> started = postJson(networks(park), "{\"carrier\": \"steam\", \"cellSizeM\": 20}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String jobId = body(started).path("id").asText();

        HttpResponse<String> events = http.send(java.net.http.HttpRequest.newBuilder(
                        uri(networks(park) + "/" + jobId + "/events")).timeout(java.time.Duration.ofSeconds(120)).GET()
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(events.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
        assertThat(events.body()).contains("event:done").contains("\"SUCCEEDED\"").contains("scenarioId");
        assertProblem(get(networks(park) + "/no-such-job/events"), 404);
    }

    @Test
    void badRequestsAre422NamingWhatIsWrongAndNoJobStarts() throws Exception {
        String park = importDemoPark(demoPark());
        JsonNode unknown = assertProblem(postJson(networks(park), "{\"carrier\": \"plasma\"}"), 422);
        assertThat(unknown.path("detail").asText()).contains("unknown carrier 'plasma'", "steam");
        JsonNode trucked = assertProblem(postJson(networks(park), "{\"carrier\": \"fly_ash\"}"), 422);
        assertThat(trucked.path("detail").asText()).contains("'fly_ash' travels by truck");
        JsonNode one = assertProblem(postJson(networks(park), "{\"carrier\": \"steam\", \"terminals\": [\"chp\"]}"), 422);
        assertThat(one.path("detail").asText()).contains("a steam network needs at least 2 terminals");
        JsonNode stranger = assertProblem(postJson(networks(park),
                "{\"carrier\": \"steam\", \"terminals\": [\"chp\", \"soy\", \"fish\"]}"), 422);
        assertThat(stranger.path("detail").asText()).contains("plant 'fish' exchanges no steam with the other terminals");
        JsonNode tooFine = assertProblem(postJson(networks(park), "{\"carrier\": \"steam\", \"cellSizeM\": 0.5}"), 422);
        assertThat(tooFine.path("fittingCellSizeM").asDouble()).isGreaterThan(0.5);
        assertProblem(postJson(networks(park), "{\"carrier\": \"steam\", \"scenario\": \"nope\"}"), 422);
        assertProblem(postJson(networks(park), "{\"carrier\": \"steam\", \"cellSizeM\": -3}"), 400);
        assertProblem(postJson(networks("no-such-park"), "{\"carrier\": \"steam\"}"), 404);
        assertProblem(get(networks(park) + "/nope"), 404);
        assertProblem(delete(networks(park) + "/nope"), 404);
        assertThat(body(get(PARKS + "/" + park + "/scenarios")).size()).as("no network saved").isZero();
    }

    @Test
    void aTerminalFencedInByProtectedLandIs422NamingIt() throws Exception {
        // a protected ring, about 45 m wide, around the soy plant's point (134.8521303, 48.3822752)
        ObjectNode collection = (ObjectNode) json.readTree(demoPark());
        double x = 134.8521303;
        double y = 48.3822752;
        String ring = "{\"type\": \"Feature\", \"properties\": {\"layer\": \"corridor\", \"id\": \"fence\", \"name\": \"Fence\","
                + " \"kind\": \"protected\"}, \"geometry\": {\"type\": \"Polygon\", \"coordinates\": ["
                + square(x, y, 0.0012, 0.0008) + ", " + square(x, y, 0.0006, 0.0004) + "]}}";
        ((ArrayNode) collection.path("features")).add(json.readTree(ring));
        String park = importDemoPark(json.writeValueAsString(collection));
        JsonNode problem = assertProblem(postJson(networks(park), "{\"carrier\": \"steam\"}"), 422);
        assertThat(problem.path("detail").asText()).contains("'soy' cannot be reached");
        assertThat(problem.path("terminal").asText()).isEqualTo("soy");
    }

    @Test
    void aRunningJobCanBeCancelled() throws Exception {
        String park = importDemoPark(demoPark());
        String jobId = body(postJson(networks(park), "{\"carrier\": \"hot_water\", \"cellSizeM\": 5}")).path("id").asText();
        HttpResponse<String> cancelled = delete(networks(park) + "/" + jobId);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        JsonNode done = awaitFinal(park, jobId);
        // the cancel comes milliseconds after the start; a Steiner tree over 200,000 cells takes far longer
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("CANCELLED");
        assertThat(body(get(PARKS + "/" + park + "/scenarios")).size()).isZero();
    }

    private static String square(double x, double y, double dx, double dy) {
        return String.format(java.util.Locale.ROOT, "[[%.7f, %.7f], [%.7f, %.7f], [%.7f, %.7f], [%.7f, %.7f], [%.7f, %.7f]]",
                x - dx, y - dy, x + dx, y - dy, x + dx, y + dy, x - dx, y + dy, x - dx, y - dy);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static String demoPark() {
        try (InputStream in = NetworkJobApiTest.class.getResourceAsStream("/data/parks/bolshoy-ussuriysky.geojson")) {
            assertThat(in).as("demo park on the classpath").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String importDemoPark(String geoJson) {
        String id = "network-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> response = post(PARKS + "/import?id=" + id, GEO_JSON, BodyPublishers.ofString(geoJson));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
    }

    private static String networks(String park) {
        return PARKS + "/" + park + "/routing/networks";
    }

    private JsonNode awaitFinal(String park, String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(networks(park) + "/" + jobId);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode job = body(r);
            if (job.path("state").asText().matches("SUCCEEDED|FAILED|CANCELLED")) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + jobId + " did not finish within 120 s");
    }
}
