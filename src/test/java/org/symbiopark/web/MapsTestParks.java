package org.symbiopark.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** The demo park (57 parcels, 16 plants, 3 pipelines, 17 corridors) imported through the API for the map tests. */
public final class MapsTestParks {

    public static final Path DEMO = Path.of("data", "parks", "bolshoy-ussuriysky.geojson");

    private MapsTestParks() {
    }

    /** Imports the demo park under a fresh id starting with {@code prefix} and returns that id. */
    public static String importDemo(WebApiTest api, String prefix) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        String park;
        try {
            park = Files.readString(DEMO);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpResponse<String> response = api.post(WebApiTest.PARKS + "/import?id=" + id, WebApiTest.GEO_JSON,
                BodyPublishers.ofString(park));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return id;
    }

    /** Saves a scenario whose content holds exchange links: two lines between plants, quantities 100 and 250. */
    public static void addExchangeScenario(WebApiTest api, String parkId, String scenarioId, double quantity) {
        String body = """
                {"id": "%s", "name": "Links %s", "content": {"linksGeoJson": {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "%s-1", "geometry": {"type": "LineString",
                   "coordinates": [[134.835, 48.382], [134.845, 48.378]]},
                   "properties": {"resource": "steam", "quantity": %s}},
                  {"type": "Feature", "id": "%s-2", "geometry": {"type": "LineString",
                   "coordinates": [[134.845, 48.378], [134.858, 48.376]]},
                   "properties": {"resource": "fly_ash", "quantity": 250}}]}}}"""
                .formatted(scenarioId, scenarioId, scenarioId, quantity, scenarioId);
        HttpResponse<String> response = api.postJson(WebApiTest.PARKS + "/" + parkId + "/scenarios", body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}
