package org.symbiopark.web.tiles;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.symbiopark.maps.MapLayer;
import org.symbiopark.maps.MapLayerCatalog;
import org.symbiopark.maps.tiles.InvalidTileException;
import org.symbiopark.maps.tiles.TileId;
import org.symbiopark.web.InvalidParameterException;

/**
 * Vector tiles of every map layer, {@code /tiles/{parkId}/{layer}/{z}/{x}/{y}.mvt} (Mapbox
 * Vector Tile 2.1, web-mercator XYZ), and a TileJSON 3.0.0 document per layer. A tile without
 * features is answered 204 No Content. Tiles carry a strong ETag and may be cached for
 * {@link #MAX_AGE} only, so a reviewer sees a planner's edit within half a minute; after that a
 * revalidation costs a 304.
 */
@RestController
@RequestMapping("/tiles/{parkId}")
@Tag(name = "Vector tiles")
class TileController {

    static final MediaType MVT = MediaType.parseMediaType("application/vnd.mapbox-vector-tile");
    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final MapLayerCatalog catalog;
    private final VectorTiles tiles;

    TileController(MapLayerCatalog catalog, VectorTiles tiles) {
        this.catalog = catalog;
        this.tiles = tiles;
    }

    @GetMapping("/{layer}/{z}/{x}/{y}.mvt")
    @Operation(summary = "A Mapbox Vector Tile of a layer (web-mercator XYZ, extent 4096); 204 when the tile is empty")
    ResponseEntity<byte[]> tile(@PathVariable String parkId, @PathVariable String layer,
                                @PathVariable int z, @PathVariable int x, @PathVariable int y,
                                @Parameter(description = "for result layers: the scenario to show (default the newest)")
                                @RequestParam(required = false) String scenario,
                                @RequestHeader(name = "If-None-Match", required = false) String ifNoneMatch) {
        TileId id = tileId(z, x, y);
        MapLayer mapLayer = catalog.layer(parkId, layer);
        VectorTiles.Tile tile = tiles.tile(mapLayer, scenario, id);
        CacheControl cache = CacheControl.maxAge(MAX_AGE).cachePublic();
        if (ifNoneMatch != null && ifNoneMatch.contains(tile.etag())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(tile.etag()).cacheControl(cache).build();
        }
        if (tile.encoded().isEmpty()) {
            return ResponseEntity.noContent().eTag(tile.etag()).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(MVT).eTag(tile.etag()).cacheControl(cache)
                .body(tile.encoded().bytes());
    }

    @GetMapping(value = "/{layer}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "TileJSON 3.0.0 for a layer's vector tiles")
    ResponseEntity<ObjectNode> tileJson(@PathVariable String parkId, @PathVariable String layer,
                                        @Parameter(description = "for result layers: the scenario to show (default the newest)")
                                        @RequestParam(required = false) String scenario) {
        MapLayer mapLayer = catalog.layer(parkId, layer);
        VectorTiles.Projection projection = tiles.projection(mapLayer, scenario);
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        ObjectNode body = TileJsonDocument.of(mapLayer, scenario, projection.fieldTypes(), base);
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(MAX_AGE).cachePublic()).body(body);
    }

    private static TileId tileId(int z, int x, int y) {
        try {
            return new TileId(z, x, y);
        } catch (InvalidTileException e) {
            throw new InvalidParameterException(e.parameter(), e.reason());
        }
    }
}
