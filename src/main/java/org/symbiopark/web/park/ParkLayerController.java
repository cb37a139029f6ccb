package org.symbiopark.web.park;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.symbiopark.config.SymbioparkProperties;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.UnknownCrsException;
import org.symbiopark.park.Layer;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.park.ParkFeature;
import org.symbiopark.park.ParkService;
import org.symbiopark.park.io.ParkGeoJsonReader;
import org.symbiopark.park.io.ParkGeoJsonWriter;
import org.symbiopark.store.Page;
import org.symbiopark.web.InvalidParameterException;

/**
 * The feature layers of a park ({@code parcels}, {@code plants}, {@code pipelines},
 * {@code corridors}) as GeoJSON: pages of a layer, and single features to create, read,
 * replace and delete. Listings carry {@code numberMatched}, {@code numberReturned} and
 * self/next/prev links as OGC API Features Part 1 has them.
 */
@RestController
@RequestMapping(ApiLinks.PARKS + "/{parkId}/{layer}")
@Tag(name = "Park layers")
class ParkLayerController {

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final ParkService parks;
    private final ParkGeoJsonReader reader;
    private final ParkGeoJsonWriter writer;
    private final CoordinateTransforms transforms;
    private final int maxPageSize;

    ParkLayerController(ParkService parks, ParkGeoJsonReader reader, ParkGeoJsonWriter writer,
                        CoordinateTransforms transforms, SymbioparkProperties properties) {
        this.parks = parks;
        this.reader = reader;
        this.writer = writer;
        this.transforms = transforms;
        this.maxPageSize = properties.maxPageSize();
    }

    @GetMapping
    @Operation(summary = "List a layer's features as a GeoJSON FeatureCollection, optionally within a bbox, paged")
    ResponseEntity<ObjectNode> list(
            @PathVariable String parkId, @PathVariable("layer") String layerPath,
            @Parameter(description = "minLon,minLat,maxLon,maxLat in WGS 84 degrees")
            @RequestParam(required = false) String bbox,
            @Parameter(description = "page size, 1 to symbiopark.max-page-size (default 1000)")
            @RequestParam(required = false) Integer limit,
            @Parameter(description = "index of the first feature, 0 or more")
            @RequestParam(required = false) Integer offset) {
        FeatureQuery query = FeatureQuery.parse(bbox, limit, offset, maxPageSize);
        return geoJson(page(parkId, layer(layerPath), query));
    }

    @PostMapping
    @Operation(summary = "Add a GeoJSON Feature to a layer; the crs parameter names the CRS of its coordinates")
    ResponseEntity<ObjectNode> create(@PathVariable String parkId, @PathVariable("layer") String layerPath,
                                      @Parameter(description = "CRS of the coordinates, e.g. EPSG:4547 (default EPSG:4326, lon/lat)")
                                      @RequestParam(required = false) String crs,
                                      @RequestBody JsonNode feature) {
        return insert(parkId, layer(layerPath), checkedCrs(crs), feature);
    }

    @GetMapping("/{featureId}")
    @Operation(summary = "Get one feature of a layer")
    ResponseEntity<ObjectNode> get(@PathVariable String parkId, @PathVariable("layer") String layerPath,
                                   @PathVariable String featureId) {
        return geoJson(find(parkId, layer(layerPath), featureId));
    }

    @PutMapping("/{featureId}")
    @Operation(summary = "Replace one feature of a layer")
    ResponseEntity<ObjectNode> update(@PathVariable String parkId, @PathVariable("layer") String layerPath,
                                      @PathVariable String featureId,
                                      @RequestParam(required = false) String crs,
                                      @RequestBody JsonNode feature) {
        return geoJson(replace(parkId, layer(layerPath), featureId, checkedCrs(crs), feature));
    }

    @DeleteMapping("/{featureId}")
    @Operation(summary = "Delete one feature of a layer")
    ResponseEntity<Void> delete(@PathVariable String parkId, @PathVariable("layer") String layerPath,
                                @PathVariable String featureId) {
        parks.deleteFeature(parkId, layer(layerPath), featureId);
        return ResponseEntity.noContent().build();
    }

    private <F extends ParkFeature> ObjectNode page(String parkId, Layer<F> layer, FeatureQuery query) {
        Page<F> page = parks.listFeatures(parkId, layer, query.bbox(), query.limit(), query.offset());
        ObjectNode collection = writer.featureCollection(layer, page.items(), page.total());
        ArrayNode links = collection.putArray("links");
        addLink(links, "self", query.offset(), query.limit());
        if (query.offset() + page.items().size() < page.total()) {
            addLink(links, "next", query.offset() + query.limit(), query.limit());
        }
        if (query.offset() > 0) {
            addLink(links, "prev", Math.max(0, query.offset() - query.limit()), query.limit());
        }
        return collection;
    }

    private static void addLink(ArrayNode links, String rel, int offset, int limit) {
        String href = ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("offset", offset).replaceQueryParam("limit", limit).build().toUriString();
        links.addObject().put("rel", rel).put("href", href).put("type", GEO_JSON.toString());
    }

    private <F extends ParkFeature> ResponseEntity<ObjectNode> insert(String parkId, Layer<F> layer, String crs,
                                                                      JsonNode body) {
        F created = parks.createFeature(parkId, layer, reader.readFeature(body, layer, crs));
        return ResponseEntity.created(ApiLinks.current().feature(parkId, layer, created.id()))
                .contentType(GEO_JSON).body(writer.feature(layer, created));
    }

    private <F extends ParkFeature> ObjectNode find(String parkId, Layer<F> layer, String featureId) {
        return writer.feature(layer, parks.getFeature(parkId, layer, featureId));
    }

    private <F extends ParkFeature> ObjectNode replace(String parkId, Layer<F> layer, String featureId, String crs,
                                                      JsonNode body) {
        F stored = parks.updateFeature(parkId, layer, featureId, reader.readFeature(body, layer, crs));
        return writer.feature(layer, stored);
    }

    private static ResponseEntity<ObjectNode> geoJson(ObjectNode body) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(body);
    }

    static Layer<?> layer(String path) {
        return Layer.byPath(path).orElseThrow(() -> new NotFoundException("no layer '" + path
                + "' in a park; the layers are " + String.join(", ", Layer.ALL.stream().map(Layer::path).toList())));
    }

    /** A bad {@code crs} query parameter is the request's fault (400), unlike a bad CRS inside a body (422). */
    private String checkedCrs(String crs) {
        if (crs != null) {
            try {
                transforms.resolveSrid(crs);
            } catch (UnknownCrsException e) {
                throw new InvalidParameterException("crs", e.getMessage());
            }
        }
        return crs;
    }
}
