package org.symbiopark.web.park;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.symbiopark.park.ParkService;
import org.symbiopark.park.Scenario;

/** Named, versioned alternatives of a park's layout. */
@RestController
@RequestMapping(ApiLinks.PARKS + "/{parkId}/scenarios")
@Tag(name = "Scenarios")
class ScenarioController {

    private final ParkService parks;
    private final ObjectMapper json;

    ScenarioController(ParkService parks, ObjectMapper json) {
        this.parks = parks;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "List a park's scenarios")
    List<ScenarioResource> list(@PathVariable String parkId) {
        return parks.listScenarios(parkId).stream().map(s -> ScenarioResource.of(s, json)).toList();
    }

    @PostMapping
    @Operation(summary = "Save a scenario")
    ResponseEntity<ScenarioResource> create(@PathVariable String parkId, @RequestBody ScenarioRequest body) {
        Scenario created = parks.createScenario(parkId, body.toScenario());
        return ResponseEntity.created(ApiLinks.current().scenario(parkId, created.id()))
                .body(ScenarioResource.of(created, json));
    }

    @GetMapping("/{scenarioId}")
    @Operation(summary = "Get one scenario")
    ScenarioResource get(@PathVariable String parkId, @PathVariable String scenarioId) {
        return ScenarioResource.of(parks.getScenario(parkId, scenarioId), json);
    }

    @DeleteMapping("/{scenarioId}")
    @Operation(summary = "Delete a scenario")
    ResponseEntity<Void> delete(@PathVariable String parkId, @PathVariable String scenarioId) {
        parks.deleteScenario(parkId, scenarioId);
        return ResponseEntity.noContent().build();
    }
}
