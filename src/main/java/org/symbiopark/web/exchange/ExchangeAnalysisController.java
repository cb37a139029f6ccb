package org.symbiopark.web.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.symbiopark.analysis.ExchangeAnalysis;
import org.symbiopark.analysis.ExchangeAnalysisService;
import org.symbiopark.exchange.AllocationMethod;
import org.symbiopark.park.Direction;
import org.symbiopark.web.InvalidParameterException;

/** Which exchanges pay off in a park, and whom one plant could exchange with. */
@RestController
@Tag(name = "Exchanges")
class ExchangeAnalysisController {

    private final ExchangeAnalysisService analyses;

    ExchangeAnalysisController(ExchangeAnalysisService analyses) {
        this.analyses = analyses;
    }

    @PostMapping("/api/v1/parks/{parkId}/exchanges/analyses")
    @Operation(summary = "Analyse a park's exchanges",
            description = "Matches every output with every need that may take it, prices the links by distance and "
                    + "allocates them park-wide. Answers the links, the park totals, the notes on what was assumed, "
                    + "and linksGeoJson: the links as a GeoJSON FeatureCollection of lines for the map. Saved as a "
                    + "new scenario (201, Location of the scenario) unless saveScenario is false (200).")
    ResponseEntity<Map<String, Object>> analyse(@PathVariable String parkId,
                                                @RequestBody(required = false) AnalysisRequest body) {
        AnalysisRequest request = body == null ? AnalysisRequest.DEFAULTS : body;
        AllocationMethod method = request.useMip() ? AllocationMethod.FIXED_CHARGE_MIP
                : AllocationMethod.LINEARISED_MIN_COST_FLOW;
        String saveAs = !request.save() ? null : request.scenarioName() == null ? "" : request.scenarioName();
        ExchangeAnalysis analysis = analyses.analyse(parkId, method, saveAs);
        Map<String, Object> answer = new LinkedHashMap<>(analysis.report());
        answer.put("scenarioId", analysis.scenario() == null ? null : analysis.scenario().id());
        if (analysis.scenario() == null) {
            return ResponseEntity.ok(answer);
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/api/v1/parks/{id}/scenarios/{sid}").buildAndExpand(parkId, analysis.scenario().id())
                        .toUri())
                .body(answer);
    }

    @GetMapping("/api/v1/parks/{parkId}/plants/{plantId}/exchange-candidates")
    @Operation(summary = "Rank a plant's possible exchange partners",
            description = "direction=OUT: who could take each of the plant's outputs; IN: who could supply each of "
                    + "its needs. Each pair is priced at its full quantity as if no other plant competed for it, "
                    + "sorted by net benefit per year, best first (negative: it would not pay).")
    PartnersResource candidates(@PathVariable String parkId, @PathVariable String plantId,
                                @Parameter(description = "OUT (default) or IN")
                                @RequestParam(defaultValue = "OUT") String direction) {
        return PartnersResource.of(analyses.partners(parkId, plantId, direction(direction)));
    }

    private static Direction direction(String value) {
        try {
            return Direction.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("direction", "'" + value + "' is neither OUT nor IN");
        }
    }
}
