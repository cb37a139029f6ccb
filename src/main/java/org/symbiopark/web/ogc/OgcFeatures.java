package org.symbiopark.web.ogc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.symbiopark.config.SymbioparkProperties;
import org.symbiopark.maps.MapFeature;
import org.symbiopark.maps.MapLayer;
import org.symbiopark.maps.MapLayerCatalog;
import org.symbiopark.park.NotFoundException;

/**
 * The resources of OGC API – Features – Part 1: Core (OGC 17-069r4) over the map layer catalog:
 * one collection per {@link MapLayer}, its id the layer's {@code parkId:layer} name, features in
 * CRS84 as GeoJSON. Documents are built here; the controllers only parse and answer.
 */
@Component
class OgcFeatures {

    static final String CRS84 = "http://www.opengis.net/def/crs/OGC/1.3/CRS84";
    static final List<String> CONFORMANCE = List.of(
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
            "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30");

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String GEO_JSON = OgcMediaTypes.GEO_JSON.toString();

    private final MapLayerCatalog catalog;
    private final ObjectMapper json;
    private final GeoJsonFeatureWriter writer;
    private final int maxLimit;
    private final Clock clock;
    private final String openApiTemplate;

    OgcFeatures(MapLayerCatalog catalog, ObjectMapper json, SymbioparkProperties properties) {
        this.catalog = catalog;
        this.json = json;
        this.writer = new GeoJsonFeatureWriter(json);
        this.maxLimit = properties.maxPageSize();
        this.clock = Clock.systemUTC();
        this.openApiTemplate = resource("ogc/openapi.json");
    }

    int maxLimit() {
        return maxLimit;
    }

    MapLayer layer(String collectionId) {
        return catalog.layer(collectionId);
    }

    ObjectNode landing(String base) {
        ObjectNode doc = json.createObjectNode();
        doc.put("title", "Symbiopark");
        doc.put("description", "The layers of eco-industrial parks and of their analyses as OGC API Features: "
                + "one collection per park layer, named parkId:layer.");
        ArrayNode links = doc.putArray("links");
        link(links, base, "self", JSON, "This document");
        link(links, base + "/api", "service-desc", OgcMediaTypes.OPENAPI_JSON.toString(), "The API definition (OpenAPI 3.0)");
        // Swagger UI documents the whole server, these resources among them
        link(links, root(base) + "/swagger-ui.html", "service-doc", MediaType.TEXT_HTML_VALUE, "The API documentation");
        link(links, base + "/conformance", "conformance", JSON, "Conformance classes implemented");
        link(links, base + "/collections", "data", JSON, "The feature collections");
        return doc;
    }

    ObjectNode conformance() {
        ObjectNode doc = json.createObjectNode();
        ArrayNode conformsTo = doc.putArray("conformsTo");
        CONFORMANCE.forEach(conformsTo::add);
        return doc;
    }

    ObjectNode collections(String base) {
        ObjectNode doc = json.createObjectNode();
        ArrayNode links = doc.putArray("links");
        link(links, base + "/collections", "self", JSON, "The feature collections");
        ArrayNode collections = doc.putArray("collections");
        for (MapLayer layer : catalog.layers()) {
            collections.add(collection(base, layer));
        }
        return doc;
    }

    ObjectNode collection(String base, MapLayer layer) {
        ObjectNode c = json.createObjectNode();
        c.put("id", layer.id());
        c.put("title", layer.title() + " (" + layer.parkId() + ")");
        c.put("description", layer.title() + " of park " + layer.parkId()
                + (layer.isResultLayer() ? "; the newest scenario unless ?scenario= names one of "
                + layer.scenarioIds() : ""));
        Envelope e = layer.extentWgs84();
        if (e != null) {
            ObjectNode spatial = c.putObject("extent").putObject("spatial");
            spatial.putArray("bbox").addArray().add(e.getMinX()).add(e.getMinY()).add(e.getMaxX()).add(e.getMaxY());
            spatial.put("crs", CRS84);
        }
        c.put("itemType", "feature");
        c.putArray("crs").add(CRS84);
        if (layer.isResultLayer()) {
            ArrayNode scenarios = c.putArray("scenarioIds");
            layer.scenarioIds().forEach(scenarios::add);
        }
        String href = base + "/collections/" + segment(layer.id());
        ArrayNode links = c.putArray("links");
        link(links, href, "self", JSON, "This collection");
        link(links, href + "/items", "items", GEO_JSON, "The features of " + layer.id());
        return c;
    }

    byte[] items(String base, MapLayer layer, ItemsQuery query) {
        List<MapFeature> matched = matching(layer, query);
        int from = Math.min(query.offset(), matched.size());
        int to = (int) Math.min((long) from + query.limit(), matched.size());
        List<MapFeature> page = matched.subList(from, to);
        String items = base + "/collections/" + segment(layer.id()) + "/items";
        ObjectNode tail = json.createObjectNode();
        tail.put("numberMatched", matched.size());
        tail.put("numberReturned", page.size());
        tail.put("timeStamp", Instant.now(clock).truncatedTo(ChronoUnit.SECONDS).toString());
        ArrayNode links = tail.putArray("links");
        link(links, items + query.queryString(query.offset()), "self", GEO_JSON, "This page");
        if (to < matched.size()) {
            link(links, items + query.queryString(to), "next", GEO_JSON, "The next page");
        }
        if (query.offset() > 0) {
            link(links, items + query.queryString(Math.max(0, query.offset() - query.limit())), "prev", GEO_JSON,
                    "The previous page");
        }
        link(links, base + "/collections/" + segment(layer.id()), "collection", JSON, "The collection");
        return writer.collection(page, tail);
    }

    byte[] item(String base, MapLayer layer, String scenario, String featureId) {
        MapFeature feature = catalog.feature(layer, scenario, featureId).orElseThrow(() -> new NotFoundException(
                "no feature '" + featureId + "' in collection '" + layer.id() + "'"));
        String collection = base + "/collections/" + segment(layer.id());
        String query = scenario == null ? "" : "?scenario=" + URLEncoder.encode(scenario, StandardCharsets.UTF_8);
        ObjectNode tail = json.createObjectNode();
        ArrayNode links = tail.putArray("links");
        link(links, collection + "/items/" + segment(featureId) + query, "self", GEO_JSON, "This feature");
        link(links, collection, "collection", JSON, "The collection");
        return writer.feature(feature, tail);
    }

    /** The OpenAPI 3.0 definition of this API, its server the given base URL. */
    ObjectNode openApi(String base) {
        try {
            ObjectNode doc = (ObjectNode) json.readTree(openApiTemplate);
            doc.putArray("servers").addObject().put("url", base);
            ((ObjectNode) doc.at("/components/parameters/limit/schema")).put("maximum", maxLimit);
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The features meeting every box, in the catalog's order; those in both halves of a split box once. */
    private List<MapFeature> matching(MapLayer layer, ItemsQuery query) {
        if (query.boxes().isEmpty()) {
            return catalog.features(layer, query.scenario(), null);
        }
        if (query.boxes().size() == 1) {
            return catalog.features(layer, query.scenario(), query.boxes().get(0));
        }
        Map<MapFeature, Boolean> hits = new IdentityHashMap<>();
        for (Envelope box : query.boxes()) {
            catalog.features(layer, query.scenario(), box).forEach(f -> hits.put(f, true));
        }
        List<MapFeature> ordered = new ArrayList<>(hits.size());
        for (MapFeature f : catalog.features(layer, query.scenario(), null)) {
            if (hits.containsKey(f)) {
                ordered.add(f);
            }
        }
        return ordered;
    }

    private static String root(String base) {
        return base.substring(0, base.length() - OgcController.PATH.length());
    }

    private static void link(ArrayNode links, String href, String rel, String type, String title) {
        links.addObject().put("href", href).put("rel", rel).put("type", type).put("title", title);
    }

    /** A path segment: ids keep ':' (allowed in a segment, RFC 3986 §3.3), everything else is escaped. */
    static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20").replace("%3A", ":");
    }

    private static String resource(String name) {
        try (InputStream in = OgcFeatures.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
