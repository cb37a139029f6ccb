package org.symbiopark.web.park;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkService;
import org.symbiopark.park.Violation;

/** Parks themselves: list, create, read, replace, delete. */
@RestController
@RequestMapping(ApiLinks.PARKS)
@Tag(name = "Parks")
class ParkController {

    private final ParkService parks;

    ParkController(ParkService parks) {
        this.parks = parks;
    }

    @GetMapping
    @Operation(summary = "List all parks")
    List<ParkResource> list() {
        ApiLinks links = ApiLinks.current();
        return parks.listParks().stream().map(p -> ParkResource.of(p, links)).toList();
    }

    @PostMapping
    @Operation(summary = "Create a park (without features; use import for a whole park)")
    ResponseEntity<ParkResource> create(@RequestBody ParkRequest body) {
        Park created = parks.createPark(body.toPark(body.id()));
        ApiLinks links = ApiLinks.current();
        return ResponseEntity.created(URI.create(links.park(created.id()))).body(ParkResource.of(created, links));
    }

    @GetMapping("/{parkId}")
    @Operation(summary = "Get one park")
    ParkResource get(@PathVariable String parkId) {
        return ParkResource.of(parks.getPark(parkId), ApiLinks.current());
    }

    @PutMapping("/{parkId}")
    @Operation(summary = "Replace a park's attributes (its features stay)")
    ParkResource update(@PathVariable String parkId, @RequestBody ParkRequest body) {
        if (body.id() != null && !body.id().equals(parkId)) {
            throw new InvalidParkException(Violation.of("id",
                    "the body's id '" + body.id() + "' differs from the park '" + parkId + "' of the address"));
        }
        return ParkResource.of(parks.updatePark(parkId, body.toPark(parkId)), ApiLinks.current());
    }

    @DeleteMapping("/{parkId}")
    @Operation(summary = "Delete a park with all its features and scenarios")
    ResponseEntity<Void> delete(@PathVariable String parkId) {
        parks.deletePark(parkId);
        return ResponseEntity.noContent().build();
    }
}
