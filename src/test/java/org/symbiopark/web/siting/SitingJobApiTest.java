package org.symbiopark.web.siting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.symbiopark.web.WebApiTest;

/**
 * Siting jobs on a small park (src/test/resources/fixtures/siting-park.geojson, metres from a
 * corner at 135° E 48° N): the sawmill (buffer 400 m, heavy or light industry) fits only P1,
 * since P2 and P3 lie 316 m and 300 m from the residential parcel R1, P4 is chemical and P5 is
 * the existing CHP's; the dryer (8,000 m², any industrial class, coverage 0.6) fits P2 or P3
 * but not P4 (2,160 m² buildable).
 */
class SitingJobApiTest extends WebApiTest {

    @Test
    void aJobRunsToASavedScenarioThatRespectsTheRules() throws Exception {
        String park = importPark(fixture("siting-park.geojson"));
        HttpResponse<String> started = postJson(jobs(park), "{\"seconds\": 1, \"seed\": 7}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        String jobId = body(started).path("id").asText();
        assertThat(location).endsWith(jobs(park) + "/" + jobId);
        assertThat(body(started).path("state").asText()).isIn("QUEUED", "RUNNING");

        JsonNode done = awaitFinal(park, jobId);
        assertThat(done.path("state").asText()).as(done.toString()).isEqualTo("SUCCEEDED");
        assertThat(done.path("progress").path("iterations").asLong()).isPositive();
        assertThat(done.path("progress").path("bestObjective").isNumber()).isTrue();
        assertThat(done.path("elapsedMs").asLong()).isGreaterThanOrEqualTo(900);

        JsonNode outcome = done.path("result");
        String scenarioId = outcome.path("scenarioId").asText();
        JsonNode scenario = body(get(PARKS + "/" + park + "/scenarios/" + scenarioId));
        String scenarioJson = scenario.toString();
        assertThat(scenarioJson).contains("siting");
        JsonNode result = outcome.path("result");
        Map<String, String> placed = new HashMap<>();
        result.path("placements").forEach(p -> placed.put(p.path("plantId").asText(), p.path("parcelId").asText()));
        assertThat(placed).containsEntry("chp", "P5").containsEntry("sawmill", "P1");
        assertThat(placed.get("dryer")).isIn("P2", "P3");
        JsonNode costs = result.path("costs");
        assertThat(costs.path("totalPerYear").asDouble()).isCloseTo(
                costs.path("exchangeTransportPerYear").asDouble() + costs.path("landPerYear").asDouble()
                        + costs.path("connectionPerYear").asDouble(),
                org.assertj.core.data.Offset.offset(0.01));
        assertThat(costs.path("exchangeTransportPerYear").asDouble()).isPositive();
        assertThat(costs.path("landPerYear").asDouble()).isPositive();
        assertThat(costs.path("connectionPerYear").asDouble()).as("the park has no pipeline").isZero();
        assertThat(result.path("distanceMethod").asText()).as("the park has no corridor").isEqualTo("STRAIGHT_X_DETOUR");
        assertThat(result.path("currentCosts").path("totalPerYear").asDouble())
                .isGreaterThanOrEqualTo(costs.path("totalPerYear").asDouble() - 0.01);
        assertThat(result.path("savingPerYear").asDouble()).isGreaterThanOrEqualTo(-0.01);
    }

    @Test
    void aRunningJobCanBeCancelledAndSavesNothing() throws Exception {
        String park = importPark(fixture("siting-park.geojson"));
        String jobId = body(postJson(jobs(park), "{\"seconds\": 120}")).path("id").asText();
        HttpResponse<String> cancelled = delete(jobs(park) + "/" + jobId);
        assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
        JsonNode done = awaitFinal(park, jobId);
        assertThat(done.path("state").asText()).isEqualTo("CANCELLED");
        assertThat(done.path("elapsedMs").asLong()).isLessThan(60_000);
        assertThat(body(get(PARKS + "/" + park + "/scenarios")).size()).isZero();
    }

    @Test
    void aPlantThatFitsNoParcelIs422NamingItAndNoJobStarts() {
        String park = importPark(fixture("siting-park.geojson").replace("\"safetyBufferM\": 400", "\"safetyBufferM\": 600"));
        JsonNode problem = assertProblem(postJson(jobs(park), "{}"), 422);
        assertThat(problem.path("detail").asText()).contains("plant 'sawmill' fits no parcel",
                "industrial-heavy: within the safety buffer of 600 m", "parcel is occupied",
                "chemical: zoning not allowed", "industrial-light: within the safety buffer");
    }

    @Test
    void plantsThatFitOnlyTogetherTooFewParcelsAre422NamingThemAndNoJobStarts() throws Exception {
        // a second sawmill: each alone fits P1, both together do not
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode collection = (ObjectNode) mapper.readTree(fixture("siting-park.geojson"));
        ArrayNode features = (ArrayNode) collection.path("features");
        JsonNode sawmill = null;
        for (JsonNode f : features) {
            if ("sawmill".equals(f.path("properties").path("id").asText())) {
                sawmill = f;
            }
        }
        ObjectNode twin = sawmill.deepCopy();
        ((ObjectNode) twin.path("properties")).put("id", "sawmill2");
        features.add(twin);
        String park = importPark(mapper.writeValueAsString(collection));
        JsonNode problem = assertProblem(postJson(jobs(park), "{}"), 422);
        assertThat(problem.path("detail").asText()).contains("plants 'sawmill', 'sawmill2' cannot all be placed together",
                "too few allowed parcels", "only use 1 parcel (P1) for 2 plants");
        assertThat(problem.path("detail").asText()).doesNotContain("dryer");
    }

    @Test
    void badSecondsAre400AndUnknownJobsAre404() {
        String park = importPark(fixture("siting-park.geojson"));
        assertProblem(postJson(jobs(park), "{\"seconds\": 0}"), 400);
        assertProblem(get(jobs(park) + "/nope"), 404);
        assertProblem(delete(jobs(park) + "/nope"), 404);
        assertProblem(postJson(jobs("no-such-park"), "{}"), 404);
    }

    @Test
    void eventsStreamProgressThenDone() throws Exception {
        String park = importPark(fixture("siting-park.geojson"));
        String jobId = body(postJson(jobs(park), "{\"seconds\": 1}")).path("id").asText();
        HttpResponse<String> events = http.send(HttpRequest.newBuilder(uri(jobs(park) + "/" + jobId + "/events"))
                .timeout(java.time.Duration.ofSeconds(60)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(events.statusCode()).isEqualTo(200);
        assertThat(contentType(events)).startsWith("text/event-stream");
        assertThat(events.body()).contains("event:progress").contains("event:done").contains("\"SUCCEEDED\"");
        assertThat(events.body().indexOf("event:done")).isGreaterThan(events.body().lastIndexOf("event:progress"));
    }

    private String importPark(String geojson) {
        String id = "siting-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> response = post(PARKS + "/import?id=" + id, GEO_JSON, BodyPublishers.ofString(geojson));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
    }

    private static String jobs(String park) {
        return PARKS + "/" + park + "/siting/jobs";
    }

    private JsonNode awaitFinal(String park, String jobId) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(jobs(park) + "/" + jobId);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode job = body(r);
            if (job.path("state").asText().matches("SUCCEEDED|FAILED|CANCELLED")) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("job " + jobId + " did not finish within 60 s");
    }
}
