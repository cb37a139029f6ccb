package org.symbiopark.web.routing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.symbiopark.analysis.RoutingService;

/** Least-cost pipe paths over a park's cost surface. */
@RestController
@Tag(name = "Routing")
class RoutingController {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final RoutingService routing;

    RoutingController(RoutingService routing) {
        this.routing = routing;
    }

    @PostMapping(path = "/api/v1/parks/{parkId}/routing/paths", produces = {"application/geo+json",
        MediaType.APPLICATION_JSON_VALUE})
    @Operation(summary = "Least-cost path between two plants or points",
            description = "Builds the park's cost surface (cellSizeM, default 10 m: base cost by zoning, cheaper along "
                    + "roads and utility corridors, a penalty per river, rail or road crossing, buildings, protected "
                    + "land and other plants' sites forbidden) and answers the least-cost path by A* (8 or 16 "
                    + "neighbours) as a GeoJSON Feature: a simplified LineString in WGS 84 with lengthM, cost (in "
                    + "equivalent metres of open-ground pipe), cellSizeM, neighbours, cells and method. Nothing is "
                    + "stored. 422 names an end that is outside the surface or enclosed; 422 gives the cell size "
                    + "that fits (fittingCellSizeM) when the surface would exceed the memory limit.")
    ResponseEntity<Map<String, Object>> path(@PathVariable String parkId, @RequestBody PathRequest request) {
        request.checkNoDem();
        var routed = routing.path(parkId, request.fromEnd(), request.toEnd(), request.cellSizeOrNull(),
                request.neighbourhood(), request.carrier());
        return ResponseEntity.ok().contentType(GEO_JSON).body(PathGeoJson.of(routed));
    }
}
