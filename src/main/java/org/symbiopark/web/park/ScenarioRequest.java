package org.symbiopark.web.park;

import com.fasterxml.jackson.databind.JsonNode;
import org.symbiopark.park.Scenario;

/** A scenario as a client posts it: the engines' results travel as a JSON object in {@code content}. */
record ScenarioRequest(String id, String name, String description, JsonNode content) {

    Scenario toScenario() {
        return new Scenario(id, name, 1, description, null, content == null ? null : content.toString());
    }
}
