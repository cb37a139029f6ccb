package org.symbiopark.web.ogc;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.symbiopark.maps.MapLayer;

/**
 * OGC API – Features – Part 1: Core at {@code /ogc}; handler names are the standard's operation
 * ids (getLandingPage, getConformanceDeclaration, getCollections, describeCollection, getFeatures,
 * getFeature). Every answer is JSON: {@code f=json}, or an Accept header admitting it.
 */
@RestController
@RequestMapping(OgcController.PATH)
@Tag(name = "OGC API Features")
class OgcController {

    static final String PATH = "/ogc";
    private static final Set<String> F_ONLY = Set.of("f");
    private static final Set<String> ITEM_PARAMETERS = Set.of("f", "scenario");

    private final OgcFeatures features;

    OgcController(OgcFeatures features) {
        this.features = features;
    }

    @GetMapping({"", "/"})
    @Operation(summary = "OGC API Features landing page")
    ResponseEntity<ObjectNode> getLandingPage(HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        return json(request, F_ONLY, features.landing(base()));
    }

    @GetMapping("/conformance")
    @Operation(summary = "OGC API Features conformance declaration")
    ResponseEntity<ObjectNode> getConformanceDeclaration(HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        return json(request, F_ONLY, features.conformance());
    }

    @GetMapping("/api")
    @Operation(summary = "OpenAPI 3.0 definition of the OGC API Features resources")
    ResponseEntity<ObjectNode> getApiDefinition(HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        OgcMediaTypes.allowOnly(request, F_ONLY);
        MediaType type = OgcMediaTypes.negotiate(request, OgcMediaTypes.OPENAPI_JSON, MediaType.APPLICATION_JSON);
        return ResponseEntity.ok().contentType(type).body(features.openApi(base()));
    }

    @GetMapping("/collections")
    @Operation(summary = "The feature collections: one per park layer and result layer, id parkId:layer")
    ResponseEntity<ObjectNode> getCollections(HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        return json(request, F_ONLY, features.collections(base()));
    }

    @GetMapping("/collections/{collectionId}")
    @Operation(summary = "One feature collection")
    ResponseEntity<ObjectNode> describeCollection(@PathVariable String collectionId, HttpServletRequest request)
            throws HttpMediaTypeNotAcceptableException {
        OgcMediaTypes.allowOnly(request, F_ONLY);
        MapLayer layer = features.layer(collectionId);
        return json(request, F_ONLY, features.collection(base(), layer));
    }

    @GetMapping("/collections/{collectionId}/items")
    @Operation(summary = "Features of a collection as GeoJSON, filtered by bbox (CRS84), paged by limit and offset")
    ResponseEntity<byte[]> getFeatures(
            @PathVariable String collectionId,
            @Parameter(description = "minLon,minLat,maxLon,maxLat in CRS84; minLon > maxLon crosses the antimeridian")
            String bbox,
            @Parameter(description = "page size, 1 to symbiopark.max-page-size (default 100)") String limit,
            @Parameter(description = "index of the first feature, 0 or more") String offset,
            @Parameter(description = "for result layers: the scenario to show (default the newest)") String scenario,
            HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        ItemsQuery query = ItemsQuery.parse(request, features.maxLimit());
        MediaType type = OgcMediaTypes.negotiate(request, OgcMediaTypes.GEO_JSON, MediaType.APPLICATION_JSON);
        MapLayer layer = features.layer(collectionId);
        return ResponseEntity.ok().contentType(type).body(features.items(base(), layer, query));
    }

    @GetMapping("/collections/{collectionId}/items/{featureId}")
    @Operation(summary = "One feature as GeoJSON")
    ResponseEntity<byte[]> getFeature(@PathVariable String collectionId, @PathVariable String featureId,
                                      @Parameter(description = "for result layers: the scenario (default the newest)")
                                      String scenario,
                                      HttpServletRequest request) throws HttpMediaTypeNotAcceptableException {
        OgcMediaTypes.allowOnly(request, ITEM_PARAMETERS);
        MediaType type = OgcMediaTypes.negotiate(request, OgcMediaTypes.GEO_JSON, MediaType.APPLICATION_JSON);
        MapLayer layer = features.layer(collectionId);
        return ResponseEntity.ok().contentType(type)
                .body(features.item(base(), layer, request.getParameter("scenario"), featureId));
    }

    private static ResponseEntity<ObjectNode> json(HttpServletRequest request, Set<String> parameters, ObjectNode body)
            throws HttpMediaTypeNotAcceptableException {
        OgcMediaTypes.allowOnly(request, parameters);
        MediaType type = OgcMediaTypes.negotiate(request, MediaType.APPLICATION_JSON);
        return ResponseEntity.ok().contentType(type).body(body);
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH).build().toUriString();
    }
}
