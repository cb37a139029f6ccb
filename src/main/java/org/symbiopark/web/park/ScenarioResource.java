package org.symbiopark.web.park;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.symbiopark.park.Scenario;

/** A scenario as the API shows it, its stored JSON content as a JSON value. */
record ScenarioResource(String id, String name, int version, String description, Instant createdAt,
                        JsonNode content) {

    static ScenarioResource of(Scenario scenario, ObjectMapper json) {
        try {
            return new ScenarioResource(scenario.id(), scenario.name(), scenario.version(), scenario.description(),
                    scenario.createdAt(), json.readTree(scenario.contentJson()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored content of scenario '" + scenario.id() + "' is not JSON", e);
        }
    }
}
