package org.symbiopark.park;

import java.time.Instant;

/**
 * A named, versioned alternative of a park's layout, so planners can compare options side by
 * side. The engines' results (plant placements, proposed pipelines, chosen exchanges) are kept
 * as a JSON document whose shape each engine documents.
 *
 * @param version    1 for a new scenario; a saved change of the same name gets the next number
 * @param contentJson the engines' results as JSON ({@code {}} when empty)
 */
public record Scenario(String id, String name, int version, String description, Instant createdAt,
                       String contentJson) {

    public Scenario {
        description = description == null ? "" : description;
        contentJson = contentJson == null ? "{}" : contentJson;
    }

    public Scenario withId(String newId) {
        return new Scenario(newId, name, version, description, createdAt, contentJson);
    }
}
