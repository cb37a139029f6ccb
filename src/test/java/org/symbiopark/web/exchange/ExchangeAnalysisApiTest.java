package org.symbiopark.web.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.symbiopark.web.WebApiTest;

/** The exchange analysis and the partner ranking over HTTP, on the demo park and the island fixture. */
class ExchangeAnalysisApiTest extends WebApiTest {

    private static final List<String> LINK_FIELDS = List.of("supplier", "receiver", "resource", "receivedAs",
            "quantity", "unit", "distanceM", "distanceMethod", "mode", "costPerYear", "benefitPerYear",
            "netBenefitPerYear", "co2AvoidedTPerYear");

    @Test
    void analysisAnswersLinksTotalsAndTheLinksAsLinesForTheMap() {
        String parkId = importDemoPark();

        HttpResponse<String> response = postJson(analyses(parkId), "{\"saveScenario\": false}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode result = body(response);
        assertThat(result.path("allocation").asText()).isEqualTo("LINEARISED_MIN_COST_FLOW");
        assertThat(result.path("distanceMethod").asText()).isEqualTo("NETWORK");
        assertThat(result.path("currency").asText()).isEqualTo("RUB");
        assertThat(result.hasNonNull("scenarioId")).as("not saved").isFalse();
        JsonNode links = result.path("links");
        assertThat(links.size()).isGreaterThan(10);
        assertThat(result.path("totals").path("links").asInt()).isEqualTo(links.size());
        double net = 0;
        for (JsonNode link : links) {
            for (String field : LINK_FIELDS) {
                assertThat(link.has(field)).as("%s in %s", field, link).isTrue();
            }
            assertThat(link.path("distanceM").asDouble()).isPositive();
            assertThat(link.path("netBenefitPerYear").asDouble()).isPositive();
            assertThat(link.path("mode").asText()).isIn("pipeline", "truck", "cable");
            net += link.path("netBenefitPerYear").asDouble();
        }
        assertThat(result.path("totals").path("moneySavedPerYear").asDouble()).isCloseTo(net, within(links.size() * 1.0));
        JsonNode flyAshLink = find(links, "chp", "aac", "fly_ash");
        assertThat(flyAshLink).as("fly ash to the aerated concrete plant").isNotNull();
        assertThat(flyAshLink.path("mode").asText()).isEqualTo("truck");
        assertThat(result.path("unsitedPlants").toString()).contains("biogas");
        assertThat(result.path("notes").toString()).contains("without a location");

        JsonNode geoJson = result.path("linksGeoJson");
        assertThat(geoJson.path("type").asText()).isEqualTo("FeatureCollection");
        JsonNode features = geoJson.path("features");
        assertThat(features.size()).isEqualTo(links.size());
        for (int k = 0; k < features.size(); k++) {
            JsonNode feature = features.get(k);
            assertThat(feature.path("type").asText()).isEqualTo("Feature");
            assertThat(feature.path("geometry").path("type").asText()).isEqualTo("LineString");
            JsonNode coordinates = feature.path("geometry").path("coordinates");
            assertThat(coordinates.size()).isEqualTo(2);
            for (JsonNode position : coordinates) {
                assertThat(position.get(0).asDouble()).as("longitude").isBetween(134.80, 134.90);
                assertThat(position.get(1).asDouble()).as("latitude").isBetween(48.36, 48.40);
            }
            assertThat(feature.path("properties").path("supplier").asText()).isEqualTo(links.get(k).path("supplier").asText());
            assertThat(feature.path("properties").path("receiver").asText()).isEqualTo(links.get(k).path("receiver").asText());
        }
        // a point plant's line ends exactly at its point (WGS 84 → work CRS → WGS 84)
        JsonNode flyAsh = features.get(indexOf(links, "chp", "aac", "fly_ash")).path("geometry").path("coordinates");
        assertThat(flyAsh.get(1).get(0).asDouble()).isCloseTo(134.8602044, within(1e-7));
        assertThat(flyAsh.get(1).get(1).asDouble()).isCloseTo(48.3735205, within(1e-7));
        assertThat(body(get(PARKS + "/" + parkId + "/scenarios")).size()).as("not saved").isZero();
    }

    @Test
    void theIslandSteamLinkRunsAlongTheExistingPipeFromPointToPoint() {
        String parkId = importFixture();

        JsonNode result = body(postJson(analyses(parkId), "{\"saveScenario\": false}"));

        assertThat(result.path("links").size()).as(result.toString()).isEqualTo(1);
        JsonNode link = result.path("links").get(0);
        assertThat(link.path("supplier").asText()).isEqualTo("chp");
        assertThat(link.path("receiver").asText()).isEqualTo("sawmill");
        assertThat(link.path("resource").asText()).isEqualTo("steam");
        assertThat(link.path("quantity").asDouble()).isEqualTo(40_000.0);
        assertThat(link.path("distanceMethod").asText()).isEqualTo("EXISTING_PIPELINE");
        assertThat(link.path("existingPipeline").asText()).isEqualTo("steam-1");
        JsonNode line = result.path("linksGeoJson").path("features").get(0).path("geometry").path("coordinates");
        assertThat(line.toString()).isEqualTo("[[134.851,48.3805],[134.854,48.3805]]");
    }

    @Test
    void savingKeepsTheResultAsAScenarioTheScenarioListShows() {
        String parkId = importDemoPark();

        HttpResponse<String> byDefault = send(HttpRequest.newBuilder(uri(analyses(parkId))).POST(BodyPublishers.noBody()));
        assertThat(byDefault.statusCode()).as(byDefault.body()).isEqualTo(201);
        String scenarioId = body(byDefault).path("scenarioId").asText();
        assertThat(scenarioId).isNotBlank();
        assertThat(byDefault.headers().firstValue("Location")).hasValueSatisfying(
                l -> assertThat(l).endsWith(PARKS + "/" + parkId + "/scenarios/" + scenarioId));

        HttpResponse<String> named = postJson(analyses(parkId),
                "{\"mip\": true, \"saveScenario\": true, \"scenarioName\": \"Exchanges, exact\"}");
        assertThat(named.statusCode()).as(named.body()).isEqualTo(201);
        assertThat(body(named).path("allocation").asText()).isEqualTo("FIXED_CHARGE_MIP");

        JsonNode scenarios = body(get(PARKS + "/" + parkId + "/scenarios"));
        assertThat(scenarios.size()).isEqualTo(2);
        JsonNode first = null;
        List<String> names = new ArrayList<>();
        for (JsonNode s : scenarios) {
            names.add(s.path("name").asText());
            if (s.path("id").asText().equals(scenarioId)) {
                first = s;
            }
        }
        assertThat(names).contains("Exchanges, exact").anyMatch(n -> n.startsWith("Exchange analysis 20"));
        assertThat(first).isNotNull();
        JsonNode content = first.path("content");
        assertThat(content.path("links").size()).isEqualTo(body(byDefault).path("links").size());
        assertThat(content.path("totals").path("moneySavedPerYear").asDouble())
                .isEqualTo(body(byDefault).path("totals").path("moneySavedPerYear").asDouble());
        assertThat(content.path("linksGeoJson").path("type").asText()).isEqualTo("FeatureCollection");
    }

    @Test
    void partnersForAPlantsOutputsAreRankedByNetBenefit() {
        String parkId = importDemoPark();

        HttpResponse<String> response = get(candidates(parkId, "chp") + "?direction=OUT");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode answer = body(response);
        assertThat(answer.path("plant").asText()).isEqualTo("chp");
        assertThat(answer.path("direction").asText()).isEqualTo("OUT");
        assertThat(answer.path("currency").asText()).isEqualTo("RUB");
        JsonNode partners = answer.path("partners");
        assertThat(partners.size()).isGreaterThan(5);
        double previous = Double.POSITIVE_INFINITY;
        for (JsonNode p : partners) {
            double net = p.path("netBenefitPerYear").asDouble();
            assertThat(net).isLessThanOrEqualTo(previous);
            previous = net;
            assertThat(p.path("partner").asText()).isNotEqualTo("chp");
            assertThat(p.path("netBenefitPerYear").asLong())
                    .isCloseTo(p.path("benefitPerYear").asLong() - p.path("costPerYear").asLong(), within(1L));
            assertThat(p.path("distanceM").asDouble()).isPositive();
        }
        JsonNode aac = null;
        for (JsonNode p : partners) {
            if (p.path("partner").asText().equals("aac") && p.path("resource").asText().equals("fly_ash")) {
                aac = p;
            }
        }
        assertThat(aac).as("who could take the fly ash: %s", partners).isNotNull();
        assertThat(aac.path("partnerName").asText()).isNotBlank();
        assertThat(aac.path("mode").asText()).isEqualTo("truck");
        assertThat(aac.path("unit").asText()).isEqualTo("t");
        assertThat(aac.path("quantity").asDouble()).isEqualTo(20_000.0);
        assertThat(aac.path("netBenefitPerYear").asDouble()).isPositive();

        // the other way round: the aerated concrete plant finds the CHP among its suppliers of fly ash
        JsonNode suppliers = body(get(candidates(parkId, "aac") + "?direction=in")).path("partners");
        assertThat(suppliers.findValuesAsText("partner")).contains("chp");
        for (JsonNode p : suppliers) {
            assertThat(p.path("partner").asText()).isNotEqualTo("aac");
        }
    }

    @Test
    void unknownParkOrPlantIs404BadDirectionIs400AndAPlantWithoutASiteIs422() {
        String parkId = importDemoPark();

        assertProblem(postJson(analyses("no-such-park"), "{}"), 404);
        assertProblem(get(candidates("no-such-park", "chp")), 404);
        JsonNode noPlant = assertProblem(get(candidates(parkId, "no-such-plant")), 404);
        assertThat(noPlant.path("detail").asText()).contains("no-such-plant");

        JsonNode badDirection = assertProblem(get(candidates(parkId, "chp") + "?direction=SIDEWAYS"), 400);
        assertThat(badDirection.path("invalidParams").get(0).path("name").asText()).isEqualTo("direction");

        JsonNode unsited = assertProblem(get(candidates(parkId, "biogas") + "?direction=OUT"), 422);
        assertThat(unsited.path("detail").asText()).contains("biogas", "no site");

        JsonNode badBody = assertProblem(postJson(analyses(parkId), "{\"mip\": \"perhaps\""), 400);
        assertThat(badBody.path("detail").asText()).isNotBlank();
    }

    private static String analyses(String parkId) {
        return PARKS + "/" + parkId + "/exchanges/analyses";
    }

    private static String candidates(String parkId, String plantId) {
        return PARKS + "/" + parkId + "/plants/" + plantId + "/exchange-candidates";
    }

    private static JsonNode find(JsonNode links, String supplier, String receiver, String resource) {
        int k = indexOf(links, supplier, receiver, resource);
        return k < 0 ? null : links.get(k);
    }

    private static int indexOf(JsonNode links, String supplier, String receiver, String resource) {
        for (int k = 0; k < links.size(); k++) {
            JsonNode l = links.get(k);
            if (l.path("supplier").asText().equals(supplier) && l.path("receiver").asText().equals(receiver)
                    && l.path("resource").asText().equals(resource)) {
                return k;
            }
        }
        return -1;
    }

    /** Imports the shipped demo park under a fresh id. */
    private String importDemoPark() {
        String id = "demo-" + UUID.randomUUID().toString().substring(0, 8);
        String geoJson;
        try (InputStream in = ExchangeAnalysisApiTest.class.getResourceAsStream("/data/parks/bolshoy-ussuriysky.geojson")) {
            assertThat(in).as("demo park on the classpath").isNotNull();
            geoJson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpResponse<String> response = post(PARKS + "/import?id=" + id, GEO_JSON, BodyPublishers.ofString(geoJson));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
    }
}
