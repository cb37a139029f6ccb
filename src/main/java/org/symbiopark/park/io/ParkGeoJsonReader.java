package org.symbiopark.park.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.symbiopark.exchange.QuantityUnit;
import org.symbiopark.exchange.Resource;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.CrsDescription;
import org.symbiopark.geo.GeometryChecks;
import org.symbiopark.geo.UnknownCrsException;
import org.symbiopark.park.Corridor;
import org.symbiopark.park.CorridorKind;
import org.symbiopark.park.DevelopmentStatus;
import org.symbiopark.park.Direction;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.Layer;
import org.symbiopark.park.Parcel;
import org.symbiopark.park.ParcelStatus;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkFeature;
import org.symbiopark.park.ParkRules;
import org.symbiopark.park.Pipeline;
import org.symbiopark.park.Plant;
import org.symbiopark.park.ResourceStream;
import org.symbiopark.park.SanitaryProtectionZone;
import org.symbiopark.park.Scenario;
import org.symbiopark.park.Violation;
import org.symbiopark.park.ZoningClass;

/**
 * Reads the park exchange format (DESIGN.md §4): GeoJSON whose features carry a {@code layer}
 * property, with the park's own attributes in a {@code park} member of the collection and,
 * optionally, saved {@code scenarios}.
 *
 * <p>Coordinates are in EPSG:4326 lon/lat (RFC 7946) unless a legacy {@code crs} member
 * ({@code {"type":"name","properties":{"name":"EPSG:4547"}}}) names another EPSG CRS; they are
 * always x = easting/longitude, y = northing/latitude, as GDAL and QGIS write them.
 *
 * <p>Everything read is validated and every violation is reported at once, naming the feature
 * by index and id, the field and the reason; nothing half-read is returned. Geometries come out
 * in WGS 84 with computed fields (areas, lengths) left {@code null}: the service fills them in
 * the park's work CRS.
 */
public final class ParkGeoJsonReader {

    /** Reading stops collecting after this many violations: enough to fix a file in a few rounds. */
    private static final int MAX_VIOLATIONS = 100;
    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-12-31T23:59:59Z");

    private final ResourceCatalog catalog;
    private final CoordinateTransforms transforms;
    private final ParkRules parkRules;
    private final ObjectMapper json = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public ParkGeoJsonReader(ResourceCatalog catalog, CoordinateTransforms transforms, ParkRules parkRules) {
        this.catalog = catalog;
        this.transforms = transforms;
        this.parkRules = parkRules;
    }

    /** @throws InvalidParkException with every violation found, including malformed JSON */
    public ParkData readPark(InputStream in) {
        JsonNode root;
        try {
            root = json.readTree(in);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new InvalidParkException(Violation.of(null, "malformed JSON"
                    + (loc == null ? "" : " at line " + loc.getLineNr() + ", column " + loc.getColumnNr())
                    + ": " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return readPark(root);
    }

    /** @throws InvalidParkException with every violation found */
    public ParkData readPark(JsonNode root) {
        List<Violation> violations = new ArrayList<>();
        if (root == null || !root.isObject() || !"FeatureCollection".equals(root.path("type").asText())) {
            throw new InvalidParkException(Violation.of("type", "a park file is a GeoJSON FeatureCollection"));
        }
        int srid = sourceSrid(root.get("crs"), "crs", violations);
        Park park = readParkAttributes(root.get("park"), violations);
        JsonNode features = root.get("features");
        if (features == null || !features.isArray()) {
            violations.add(Violation.of("features", "must be an array of GeoJSON Features"));
            throw new InvalidParkException(violations);
        }
        if (srid < 0) {
            throw new InvalidParkException(violations);
        }
        String defaultLayer = root.path("layer").isTextual() ? root.get("layer").asText() : null;
        Map<Layer<?>, List<ParkFeature>> byLayer = new HashMap<>();
        Map<Layer<?>, Set<String>> ids = new HashMap<>();
        for (Layer<?> l : Layer.ALL) {
            byLayer.put(l, new ArrayList<>());
            ids.put(l, new HashSet<>());
        }
        for (int i = 0; i < features.size() && violations.size() < MAX_VIOLATIONS; i++) {
            JsonNode f = features.get(i);
            String layerName = f.path("properties").path("layer").isTextual()
                    ? f.get("properties").get("layer").asText() : defaultLayer;
            String id = featureId(f);
            Optional<Layer<?>> layer = layerName == null ? Optional.empty() : Layer.byName(layerName);
            if (layer.isEmpty()) {
                violations.add(new Violation(i, id, "properties.layer", layerName == null
                        ? "is required: one of parcel, plant, pipeline, corridor"
                        : "'" + layerName + "' is not a layer; use parcel, plant, pipeline or corridor"));
                continue;
            }
            FeatureContext ctx = new FeatureContext(i, id, violations);
            ParkFeature feature = readLayerFeature(f, layer.get(), srid, ctx);
            if (feature == null) {
                continue;
            }
            if (id == null) {
                feature = feature.withId(layer.get().name() + "-" + (i + 1));
            }
            if (!ids.get(layer.get()).add(feature.id())) {
                violations.add(new Violation(i, feature.id(), "properties.id",
                        "duplicate id: another " + layer.get().name() + " in this file has it"));
                continue;
            }
            byLayer.get(layer.get()).add(feature);
        }
        checkParcelReferences(features, byLayer, ids.get(Layer.PARCELS), violations);
        List<Scenario> scenarios = readScenarios(root.get("scenarios"), violations);
        if (!violations.isEmpty()) {
            throw new InvalidParkException(violations);
        }
        return new ParkData(park, cast(byLayer.get(Layer.PARCELS), Layer.PARCELS),
                cast(byLayer.get(Layer.PLANTS), Layer.PLANTS), cast(byLayer.get(Layer.PIPELINES), Layer.PIPELINES),
                cast(byLayer.get(Layer.CORRIDORS), Layer.CORRIDORS), scenarios);
    }

    /**
     * One GeoJSON Feature of a known layer, as POSTed to a layer endpoint.
     *
     * @param crsName the CRS of the coordinates ({@code null} = EPSG:4326 lon/lat); a {@code crs}
     *                member of the feature overrides it
     * @throws InvalidParkException with every violation found
     */
    public <F extends ParkFeature> F readFeature(JsonNode feature, Layer<F> layer, String crsName) {
        List<Violation> violations = new ArrayList<>();
        int srid;
        if (feature != null && feature.has("crs")) {
            srid = sourceSrid(feature.get("crs"), "crs", violations);
        } else if (crsName != null) {
            srid = resolve(crsName, "crs", violations);
        } else {
            srid = CoordinateTransforms.WGS84;
        }
        if (srid < 0) {
            throw new InvalidParkException(violations);
        }
        String id = featureId(feature);
        FeatureContext ctx = new FeatureContext(null, id, violations);
        JsonNode stated = feature == null ? null : feature.path("properties").get("layer");
        if (stated != null && !stated.isNull() && !layer.name().equals(stated.asText())) {
            ctx.add("properties.layer", "'" + stated.asText() + "' does not match this collection, which takes "
                    + layer.name() + " features");
        }
        ParkFeature read = readLayerFeature(feature, layer, srid, ctx);
        if (!violations.isEmpty() || read == null) {
            throw new InvalidParkException(violations);
        }
        return layer.cast(read);
    }

    // ---- park, crs, scenarios

    private Park readParkAttributes(JsonNode p, List<Violation> violations) {
        if (p == null || !p.isObject()) {
            violations.add(Violation.of("park", "the collection needs a 'park' member with at least a name"));
            return new Park(null, null, null, List.of(), null, null, Park.DEFAULT_DISCOUNT_RATE,
                    Park.DEFAULT_LIFETIME_YEARS, null);
        }
        FeatureContext ctx = new FeatureContext(null, null, violations).prefixed("park.");
        List<String> languages = new ArrayList<>();
        JsonNode langs = p.get("languages");
        if (langs != null && !langs.isNull()) {
            if (!langs.isArray()) {
                ctx.add("languages", "must be an array of language codes");
            } else {
                langs.forEach(l -> languages.add(l.asText()));
            }
        }
        Double workSrid = ctx.integer(p, "workSrid", 1);
        Double rate = ctx.number(p, "discountRate", false, null);
        Double lifetime = ctx.integer(p, "lifetimeYears", 1);
        Park park = new Park(ctx.text(p, "id"), ctx.text(p, "name"), ctx.text(p, "country"), languages,
                ctx.text(p, "currency"), workSrid == null ? null : workSrid.intValue(),
                rate == null ? Park.DEFAULT_DISCOUNT_RATE : rate,
                lifetime == null ? Park.DEFAULT_LIFETIME_YEARS : lifetime.intValue(), ctx.text(p, "description"));
        violations.addAll(parkRules.check(park));
        return park;
    }

    /** The EPSG code named by a legacy GeoJSON {@code crs} member; -1 after recording a violation. */
    private int sourceSrid(JsonNode crs, String field, List<Violation> violations) {
        if (crs == null || crs.isNull()) {
            return CoordinateTransforms.WGS84;
        }
        JsonNode name = crs.path("properties").path("name");
        if (!"name".equals(crs.path("type").asText()) || !name.isTextual()) {
            violations.add(Violation.of(field, "must be {\"type\":\"name\",\"properties\":{\"name\":\"EPSG:…\"}}"));
            return -1;
        }
        return resolve(name.asText(), field, violations);
    }

    private int resolve(String crsName, String field, List<Violation> violations) {
        try {
            int srid = transforms.resolveSrid(crsName);
            transforms.describe(srid);
            return srid;
        } catch (UnknownCrsException e) {
            violations.add(Violation.of(field, e.getMessage()));
            return -1;
        }
    }

    private List<Scenario> readScenarios(JsonNode node, List<Violation> violations) {
        List<Scenario> scenarios = new ArrayList<>();
        if (node == null || node.isNull()) {
            return scenarios;
        }
        if (!node.isArray()) {
            violations.add(Violation.of("scenarios", "must be an array"));
            return scenarios;
        }
        Set<String> scenarioIds = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode s = node.get(i);
            FeatureContext ctx = new FeatureContext(null, null, violations).prefixed("scenarios[" + i + "].");
            if (!s.isObject()) {
                ctx.add("", "a scenario must be an object");
                continue;
            }
            String id = ctx.text(s, "id");
            if (id != null && !ParkRules.isValidId(id)) {
                ctx.add("id", "'" + id + "' is not a valid id: " + ParkRules.idRule());
            }
            String name = ctx.text(s, "name");
            if (name == null || name.isBlank()) {
                ctx.add("name", "is required");
            }
            if (id != null && !scenarioIds.add(id)) {
                ctx.add("id", "duplicate id: another scenario in this file has it");
            }
            Double version = ctx.integer(s, "version", 1);
            Instant created = null;
            String createdText = ctx.text(s, "createdAt");
            if (createdText != null) {
                try {
                    created = Instant.parse(createdText);
                    if (created.isBefore(EARLIEST) || created.isAfter(LATEST)) {
                        ctx.add("createdAt", "'" + createdText + "' is outside the years 1 to 9999");
                        created = null;
                    }
                } catch (DateTimeParseException e) {
                    ctx.add("createdAt", "'" + createdText + "' is not an ISO-8601 instant such as 2026-11-25T10:00:00Z");
                }
            }
            JsonNode contentNode = s.get("content");
            if (contentNode != null && !contentNode.isNull() && !contentNode.isObject()) {
                ctx.add("content", "must be a JSON object");
            }
            JsonNode content = s.get("content");
            scenarios.add(new Scenario(id == null ? "scenario-" + (i + 1) : id, name,
                    version == null ? 1 : version.intValue(), ctx.text(s, "description"),
                    created == null ? Instant.now() : created,
                    content == null || content.isNull() ? "{}" : content.toString()));
        }
        return scenarios;
    }

    // ---- features

    private ParkFeature readLayerFeature(JsonNode f, Layer<?> layer, int srid, FeatureContext ctx) {
        if (f == null || !f.isObject() || !"Feature".equals(f.path("type").asText())) {
            ctx.add("type", "must be a GeoJSON Feature");
            return null;
        }
        JsonNode props = f.get("properties");
        if (props == null || !props.isObject()) {
            ctx.add("properties", "must be an object");
            return null;
        }
        String id = ctx.id;
        if (id != null && !ParkRules.isValidId(id)) {
            ctx.add("properties.id", "'" + id + "' is not a valid id: " + ParkRules.idRule());
        }
        int before = ctx.violations.size();
        ParkFeature feature;
        if (layer == Layer.PARCELS) {
            feature = parcel(f, props, srid, ctx);
        } else if (layer == Layer.PLANTS) {
            feature = plant(f, props, srid, ctx);
        } else if (layer == Layer.PIPELINES) {
            feature = pipeline(f, props, srid, ctx);
        } else {
            feature = corridor(f, props, srid, ctx);
        }
        return ctx.violations.size() > before ? null : feature;
    }

    private Parcel parcel(JsonNode f, JsonNode p, int srid, FeatureContext ctx) {
        Geometry g = geometry(f, srid, ctx, "parcel", false, "Polygon or MultiPolygon",
                t -> t instanceof Polygon || t instanceof MultiPolygon);
        ZoningClass zoning = ctx.code(p, "zoning", true, ZoningClass::fromCode, ZoningClass.allowedCodes());
        ParcelStatus status = ctx.code(p, "status", false, ParcelStatus::fromCode, "available, occupied, reserved");
        Double price = ctx.number(p, "landPricePerM2", false, 0.0);
        Double coverage = ctx.number(p, "maxCoverage", false, null);
        if (coverage != null && (coverage <= 0 || coverage > 1)) {
            ctx.add("properties.maxCoverage", coverage + " is outside (0, 1]; give a ratio such as 0.6");
        }
        return new Parcel(ctx.id, ctx.text(p, "name"), g, zoning, status == null ? ParcelStatus.AVAILABLE : status,
                price, coverage, null);
    }

    private Plant plant(JsonNode f, JsonNode p, int srid, FeatureContext ctx) {
        DevelopmentStatus status = ctx.code(p, "status", false, DevelopmentStatus::fromCode, "existing, proposed");
        if (status == null) {
            status = DevelopmentStatus.PROPOSED;
        }
        boolean mayLackSite = status == DevelopmentStatus.PROPOSED;
        Geometry g = geometry(f, srid, ctx, "plant", mayLackSite, "Point, Polygon or MultiPolygon",
                t -> t instanceof Point || t instanceof Polygon || t instanceof MultiPolygon);
        String industry = ctx.text(p, "industry");
        if (industry != null && !industry.matches("[A-U]?\\d{2,4}")) {
            ctx.add("properties.industry", "'" + industry + "' is not an ISIC rev. 4 code such as D3510 or C1610");
        }
        Double footprint = ctx.number(p, "footprintM2", false, 0.0);
        Double hazard = ctx.number(p, "hazardClass", false, null);
        if (hazard != null && (hazard != Math.rint(hazard) || hazard < 1 || hazard > 5)) {
            ctx.add("properties.hazardClass", hazard + " is not a hazard class 1..5");
        }
        Double buffer = ctx.number(p, "safetyBufferM", false, 0.0);
        List<ZoningClass> allowed = new ArrayList<>();
        JsonNode az = p.get("allowedZoning");
        if (az != null && !az.isNull()) {
            if (!az.isArray()) {
                ctx.add("properties.allowedZoning", "must be an array of zoning classes");
            } else {
                for (int i = 0; i < az.size(); i++) {
                    Optional<ZoningClass> z = ZoningClass.fromCode(az.get(i).asText());
                    if (z.isEmpty()) {
                        ctx.add("properties.allowedZoning[" + i + "]", "'" + az.get(i).asText()
                                + "' is not a zoning class; use one of " + ZoningClass.allowedCodes());
                    } else {
                        allowed.add(z.get());
                    }
                }
            }
        }
        String parcelId = ctx.text(p, "parcelId");
        List<ResourceStream> streams = streams(p.get("streams"), ctx);
        Integer hazardClass = hazard == null || hazard < 1 || hazard > 5 ? null : hazard.intValue();
        double bufferM = buffer != null ? buffer
                : hazardClass != null ? SanitaryProtectionZone.defaultBufferM(hazardClass) : 0.0;
        return new Plant(ctx.id, ctx.text(p, "name"), industry, status, g, footprint, hazardClass, bufferM, allowed,
                parcelId, streams);
    }

    private List<ResourceStream> streams(JsonNode node, FeatureContext ctx) {
        List<ResourceStream> streams = new ArrayList<>();
        if (node == null || node.isNull()) {
            return streams;
        }
        if (!node.isArray()) {
            ctx.add("properties.streams", "must be an array of streams");
            return streams;
        }
        for (int i = 0; i < node.size(); i++) {
            FeatureContext s = ctx.prefixed("properties.streams[" + i + "].");
            JsonNode n = node.get(i);
            if (!n.isObject()) {
                s.add("", "a stream must be an object");
                continue;
            }
            String dirText = s.text(n, "direction");
            Direction direction = null;
            if (dirText == null) {
                s.add("direction", "is required: IN or OUT");
            } else if (dirText.equals("IN") || dirText.equals("OUT")) {
                direction = Direction.valueOf(dirText);
            } else {
                s.add("direction", "'" + dirText + "' is not IN or OUT");
            }
            String resourceId = s.text(n, "resource");
            Resource resource = null;
            if (resourceId == null) {
                s.add("resource", "is required: a resource id of the catalog (data/catalog/resources.csv)");
            } else {
                resource = catalog.find(resourceId).orElse(null);
                if (resource == null) {
                    s.add("resource", "unknown resource '" + resourceId
                            + "': not in the resource catalog (GET /api/v1/resources lists it)");
                }
            }
            Double quantity = s.number(n, "quantity", true, 0.0);
            String unit = s.text(n, "unit");
            if (resource != null) {
                if (unit == null) {
                    unit = resource.unit().symbol();
                } else {
                    Optional<QuantityUnit> u = QuantityUnit.fromSymbol(unit);
                    if (u.isEmpty() || u.get().dimension() != resource.unit().dimension()) {
                        s.add("unit", "'" + unit + "' cannot be converted to " + resource.unit().symbol()
                                + ", the catalog unit of " + resource.id() + "; use one of "
                                + QuantityUnit.allowedSymbols(resource.unit().dimension()));
                    }
                }
            }
            Double temperature = s.number(n, "temperatureC", false, -273.15);
            JsonNode hz = n.get("hazardous");
            if (hz != null && !hz.isNull() && !hz.isBoolean()) {
                s.add("hazardous", "must be true or false");
            }
            String ewc = s.text(n, "ewcCode");
            if (ewc != null && !ewc.matches("\\d{2} ?\\d{2} ?\\d{2}\\*?")) {
                s.add("ewcCode", "'" + ewc + "' is not a European Waste Catalogue code such as '10 01 02'");
            }
            Double price = s.number(n, "pricePerUnit", false, 0.0);
            streams.add(new ResourceStream(direction, resourceId, quantity == null ? 0 : quantity, unit, temperature,
                    s.text(n, "waterQuality"), hz != null && hz.asBoolean(), ewc, price));
        }
        return streams;
    }

    private Pipeline pipeline(JsonNode f, JsonNode p, int srid, FeatureContext ctx) {
        Geometry g = geometry(f, srid, ctx, "pipeline", false, "LineString or MultiLineString",
                t -> t instanceof LineString || t instanceof MultiLineString);
        String carrier = ctx.text(p, "carrier");
        if (carrier == null) {
            ctx.add("properties.carrier", "is required: the catalog resource the pipe carries, e.g. steam");
        } else if (!catalog.contains(carrier)) {
            ctx.add("properties.carrier", "unknown resource '" + carrier
                    + "': not in the resource catalog (GET /api/v1/resources lists it)");
        }
        Double diameter = ctx.number(p, "diameterMm", false, 0.0);
        Double capacity = ctx.number(p, "capacityPerYear", false, 0.0);
        DevelopmentStatus status = ctx.code(p, "status", false, DevelopmentStatus::fromCode, "existing, proposed");
        return new Pipeline(ctx.id, ctx.text(p, "name"), g, carrier, diameter, capacity,
                status == null ? DevelopmentStatus.PROPOSED : status, null);
    }

    private Corridor corridor(JsonNode f, JsonNode p, int srid, FeatureContext ctx) {
        Geometry g = geometry(f, srid, ctx, "corridor", false, "LineString, MultiLineString, Polygon or MultiPolygon",
                t -> t instanceof LineString || t instanceof MultiLineString || t instanceof Polygon
                        || t instanceof MultiPolygon);
        CorridorKind kind = ctx.code(p, "kind", true, CorridorKind::fromCode, CorridorKind.allowedCodes());
        Double factor;
        if (!p.has("costFactor")) {
            factor = kind == null ? null : kind.defaultCostFactor();
        } else if (p.get("costFactor").isNull()) {
            factor = null;
        } else {
            factor = ctx.number(p, "costFactor", false, null);
            if (factor != null && factor <= 0) {
                ctx.add("properties.costFactor", factor + " must be > 0 (or null to forbid pipes)");
            }
        }
        return new Corridor(ctx.id, ctx.text(p, "name"), g, kind, factor);
    }

    /**
     * The feature's geometry, checked and transformed to WGS 84: finite, of an allowed type,
     * non-empty, valid (OGC simple features, JTS IsValidOp) in its own CRS, and inside the area
     * of use of that CRS.
     */
    private Geometry geometry(JsonNode f, int srid, FeatureContext ctx, String layerName, boolean mayBeNull,
                              String allowed,
                              java.util.function.Predicate<Geometry> typeOk) {
        JsonNode node = f.get("geometry");
        if (node == null || node.isNull()) {
            if (!mayBeNull) {
                ctx.add("geometry", "is required: a " + allowed);
            }
            return null;
        }
        Geometry g;
        try {
            g = new GeoJsonGeometries(srid).read(node);
        } catch (GeoJsonGeometries.MalformedGeometryException e) {
            ctx.add("geometry", e.getMessage());
            return null;
        }
        if (!typeOk.test(g)) {
            ctx.add("geometry", "is a " + g.getGeometryType() + "; a " + layerName + " needs a " + allowed);
            return null;
        }
        if (g.isEmpty()) {
            ctx.add("geometry", "is empty");
            return null;
        }
        Optional<String> problem = GeometryChecks.nonFinite(g).or(() -> GeometryChecks.invalidity(g));
        if (problem.isPresent()) {
            ctx.add("geometry", "invalid " + g.getGeometryType() + ": " + problem.get());
            return null;
        }
        CrsDescription crs = transforms.describe(srid);
        Geometry wgs84;
        try {
            wgs84 = transforms.transform(g, srid, CoordinateTransforms.WGS84);
        } catch (IllegalArgumentException e) {
            ctx.add("geometry", "cannot be transformed from EPSG:" + srid + " to WGS 84: " + e.getMessage());
            return null;
        }
        Optional<String> outside = GeometryChecks.outsideAreaOfUse(wgs84, crs);
        if (outside.isPresent()) {
            ctx.add("geometry", outside.get());
            return null;
        }
        // A valid geometry can turn invalid when a transform bends nearly touching edges into
        // each other; the store keeps WGS 84, so that is the form that must be valid.
        Optional<String> invalidAfter = srid == CoordinateTransforms.WGS84 ? Optional.empty()
                : GeometryChecks.invalidity(wgs84);
        if (invalidAfter.isPresent()) {
            ctx.add("geometry", "becomes invalid in WGS 84: " + invalidAfter.get());
            return null;
        }
        return wgs84;
    }

    // ---- helpers

    private static String featureId(JsonNode f) {
        if (f == null) {
            return null;
        }
        // An integral number is the same id as its decimal text; anything else cannot be a stable id
        // and is left for the id rule to refuse, shown as sent.
        JsonNode pid = f.path("properties").get("id");
        if (pid != null && !pid.isNull() && pid.isValueNode()) {
            return pid.isIntegralNumber() || pid.isTextual() ? pid.asText() : pid.toString() + " (not a string)";
        }
        JsonNode id = f.get("id");
        if (id != null && !id.isNull() && id.isValueNode()) {
            return id.isIntegralNumber() || id.isTextual() ? id.asText() : id.toString() + " (not a string)";
        }
        return null;
    }

    private static void checkParcelReferences(JsonNode features, Map<Layer<?>, List<ParkFeature>> byLayer,
                                              Set<String> parcelIds, List<Violation> violations) {
        for (ParkFeature f : byLayer.get(Layer.PLANTS)) {
            Plant plant = (Plant) f;
            if (plant.parcelId() != null && !parcelIds.contains(plant.parcelId())) {
                violations.add(new Violation(indexOf(features, plant.id()), plant.id(), "properties.parcelId",
                        "no parcel '" + plant.parcelId() + "' in this file"));
            }
        }
    }

    private static Integer indexOf(JsonNode features, String id) {
        for (int i = 0; i < features.size(); i++) {
            if (id.equals(featureId(features.get(i)))) {
                return i;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static <F extends ParkFeature> List<F> cast(List<ParkFeature> list, Layer<F> layer) {
        return (List<F>) (List<?>) list;
    }

    /** Where in the input a feature is, and the list its violations go to. */
    private static final class FeatureContext {
        final Integer index;
        final String id;
        final List<Violation> violations;
        final String prefix;

        FeatureContext(Integer index, String id, List<Violation> violations) {
            this(index, id, violations, "");
        }

        private FeatureContext(Integer index, String id, List<Violation> violations, String prefix) {
            this.index = index;
            this.id = id;
            this.violations = violations;
            this.prefix = prefix;
        }

        FeatureContext prefixed(String p) {
            return new FeatureContext(index, id, violations, prefix + p);
        }

        void add(String field, String reason) {
            String path = field.isEmpty() ? prefix.replaceAll("\\.$", "") : prefix + field;
            violations.add(new Violation(index, id, path, reason));
        }

        String text(JsonNode n, String field) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isValueNode()) {
                add(field(field), "must be a string");
                return null;
            }
            List<Violation> control = ParkRules.controlCharacters(field(field), v.asText());
            if (!control.isEmpty()) {
                add(field(field), control.get(0).reason());
                return null;
            }
            return v.asText();
        }

        /** A finite number ≥ {@code min} (no bound if null); null if absent or wrong. */
        Double number(JsonNode n, String field, boolean required, Double min) {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                if (required) {
                    add(field(field), "is required");
                }
                return null;
            }
            if (!v.isNumber()) {
                add(field(field), "'" + v.asText() + "' is not a number");
                return null;
            }
            double d = v.asDouble();
            if (!Double.isFinite(d)) {
                add(field(field), v.asText() + " is not a finite number");
                return null;
            }
            if (min != null && d < min) {
                add(field(field), min == 0.0 ? d + " is negative; it must be ≥ 0" : d + " is below the minimum " + min);
                return null;
            }
            return d;
        }

        /** A whole number ≥ {@code min}, or null if absent or wrong. */
        Double integer(JsonNode n, String field, int min) {
            Double d = number(n, field, false, null);
            if (d == null) {
                return null;
            }
            if (d != Math.rint(d) || d < min || d > Integer.MAX_VALUE) {
                add(field(field), n.get(field).asText() + " is not a whole number from " + min + " to " + Integer.MAX_VALUE);
                return null;
            }
            return d;
        }

        <E> E code(JsonNode n, String field, boolean required, Function<String, Optional<E>> parse, String allowed) {
            String t = text(n, field);
            if (t == null) {
                if (required && !n.has(field)) {
                    add(field(field), "is required: one of " + allowed);
                } else if (required) {
                    add(field(field), "must not be null: one of " + allowed);
                }
                return null;
            }
            Optional<E> e = parse.apply(t);
            if (e.isEmpty()) {
                add(field(field), "'" + t + "' is not one of " + allowed);
                return null;
            }
            return e.get();
        }

        private String field(String field) {
            return prefix.isEmpty() && !field.startsWith("park.") ? "properties." + field : field;
        }
    }
}
