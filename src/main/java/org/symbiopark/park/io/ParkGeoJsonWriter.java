package org.symbiopark.park.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.symbiopark.park.Corridor;
import org.symbiopark.park.Layer;
import org.symbiopark.park.Parcel;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkFeature;
import org.symbiopark.park.Pipeline;
import org.symbiopark.park.Plant;
import org.symbiopark.park.ResourceStream;
import org.symbiopark.park.Scenario;
import org.symbiopark.park.ZoningClass;

/**
 * Writes parks and features as RFC 7946 GeoJSON in the park exchange format: what
 * {@link ParkGeoJsonReader} reads, so an export imports again unchanged. Computed fields
 * ({@code areaM2}, {@code lengthM}) are written for readers and ignored on import.
 */
public final class ParkGeoJsonWriter {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The whole park as one FeatureCollection with {@code park} and {@code scenarios} members. */
    public ObjectNode park(ParkData data) {
        ObjectNode fc = NODES.objectNode();
        fc.put("type", "FeatureCollection");
        fc.set("park", parkAttributes(data.park()));
        ArrayNode features = fc.putArray("features");
        data.parcels().forEach(f -> features.add(feature(Layer.PARCELS, f)));
        data.plants().forEach(f -> features.add(feature(Layer.PLANTS, f)));
        data.pipelines().forEach(f -> features.add(feature(Layer.PIPELINES, f)));
        data.corridors().forEach(f -> features.add(feature(Layer.CORRIDORS, f)));
        if (!data.scenarios().isEmpty()) {
            ArrayNode scenarios = fc.putArray("scenarios");
            data.scenarios().forEach(s -> scenarios.add(scenario(s)));
        }
        return fc;
    }

    /** A listing page as a FeatureCollection with {@code numberMatched} and {@code numberReturned}. */
    public <F extends ParkFeature> ObjectNode featureCollection(Layer<F> layer, List<F> features, long numberMatched) {
        ObjectNode fc = NODES.objectNode();
        fc.put("type", "FeatureCollection");
        fc.put("numberMatched", numberMatched);
        fc.put("numberReturned", features.size());
        ArrayNode array = fc.putArray("features");
        features.forEach(f -> array.add(feature(layer, f)));
        return fc;
    }

    public <F extends ParkFeature> ObjectNode feature(Layer<F> layer, F feature) {
        ObjectNode f = NODES.objectNode();
        f.put("type", "Feature");
        f.put("id", feature.id());
        f.set("geometry", feature.geometry() == null ? NODES.nullNode() : GeoJsonGeometries.write(feature.geometry()));
        ObjectNode p = f.putObject("properties");
        p.put("layer", layer.name());
        p.put("id", feature.id());
        if (feature instanceof Parcel parcel) {
            parcel(parcel, p);
        } else if (feature instanceof Plant plant) {
            plant(plant, p);
        } else if (feature instanceof Pipeline pipeline) {
            pipeline(pipeline, p);
        } else if (feature instanceof Corridor corridor) {
            corridor(corridor, p);
        }
        return f;
    }

    public ObjectNode parkAttributes(Park park) {
        ObjectNode p = NODES.objectNode();
        p.put("id", park.id());
        p.put("name", park.name());
        putIfSet(p, "country", park.country());
        ArrayNode langs = p.putArray("languages");
        park.languages().forEach(langs::add);
        putIfSet(p, "currency", park.currency());
        if (park.workSrid() != null) {
            p.put("workSrid", park.workSrid());
        }
        p.put("discountRate", park.discountRate());
        p.put("lifetimeYears", park.lifetimeYears());
        putIfSet(p, "description", park.description().isEmpty() ? null : park.description());
        return p;
    }

    public ObjectNode scenario(Scenario s) {
        ObjectNode n = NODES.objectNode();
        n.put("id", s.id());
        n.put("name", s.name());
        n.put("version", s.version());
        putIfSet(n, "description", s.description().isEmpty() ? null : s.description());
        n.put("createdAt", s.createdAt() == null ? null : s.createdAt().toString());
        n.set("content", parseContent(s.contentJson()));
        return n;
    }

    private static void parcel(Parcel parcel, ObjectNode p) {
        putIfSet(p, "name", parcel.name());
        putIfSet(p, "zoning", parcel.zoning() == null ? null : parcel.zoning().code());
        putIfSet(p, "status", parcel.status() == null ? null : parcel.status().code());
        putIfSet(p, "landPricePerM2", parcel.landPricePerM2());
        putIfSet(p, "maxCoverage", parcel.maxCoverage());
        putIfSet(p, "areaM2", parcel.areaM2());
    }

    private static void plant(Plant plant, ObjectNode p) {
        putIfSet(p, "name", plant.name());
        putIfSet(p, "industry", plant.industry());
        putIfSet(p, "status", plant.status() == null ? null : plant.status().code());
        putIfSet(p, "footprintM2", plant.footprintM2());
        if (plant.hazardClass() != null) {
            p.put("hazardClass", plant.hazardClass());
        }
        p.put("safetyBufferM", plant.safetyBufferM());
        if (!plant.allowedZoning().isEmpty()) {
            ArrayNode zones = p.putArray("allowedZoning");
            plant.allowedZoning().stream().map(ZoningClass::code).forEach(zones::add);
        }
        putIfSet(p, "parcelId", plant.parcelId());
        ArrayNode streams = p.putArray("streams");
        for (ResourceStream s : plant.streams()) {
            ObjectNode n = streams.addObject();
            putIfSet(n, "direction", s.direction() == null ? null : s.direction().name());
            n.put("resource", s.resource());
            n.put("quantity", s.quantityPerYear());
            n.put("unit", s.unit());
            putIfSet(n, "temperatureC", s.temperatureC());
            putIfSet(n, "waterQuality", s.waterQuality());
            if (s.hazardous()) {
                n.put("hazardous", true);
            }
            putIfSet(n, "ewcCode", s.ewcCode());
            putIfSet(n, "pricePerUnit", s.pricePerUnit());
        }
    }

    private static void pipeline(Pipeline pipeline, ObjectNode p) {
        putIfSet(p, "name", pipeline.name());
        p.put("carrier", pipeline.carrier());
        putIfSet(p, "diameterMm", pipeline.diameterMm());
        putIfSet(p, "capacityPerYear", pipeline.capacityPerYear());
        putIfSet(p, "status", pipeline.status() == null ? null : pipeline.status().code());
        putIfSet(p, "lengthM", pipeline.lengthM());
    }

    private static void corridor(Corridor corridor, ObjectNode p) {
        putIfSet(p, "name", corridor.name());
        putIfSet(p, "kind", corridor.kind() == null ? null : corridor.kind().code());
        // An explicit null says "pipes forbidden"; omitting it would mean "the kind's default".
        if (corridor.costFactor() == null) {
            p.putNull("costFactor");
        } else {
            p.put("costFactor", corridor.costFactor());
        }
    }

    private static void putIfSet(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static void putIfSet(ObjectNode n, String field, Double value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    private static JsonNode parseContent(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("scenario content is not JSON", e);
        }
    }
}
