package org.symbiopark.maps.tiles;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sebasbaumh.mapbox.vectortile.VectorTile;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.IUserDataConverter;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerProps;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.symbiopark.maps.MapFeature;

/**
 * A {@link MapFeature}'s attributes as Mapbox Vector Tile 2.1 tags (§4.4 of the specification):
 * MVT values are scalars, so strings, booleans and numbers pass as they are, lists and objects
 * (a plant's streams, allowed zonings) travel as their JSON text, and nulls are left out. The
 * feature id becomes the MVT feature id when it is a non-negative integer (MVT ids are uint64);
 * the {@code id} tag always carries it as text.
 */
public final class MvtAttributes implements IUserDataConverter {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The tag value of an attribute value, or {@code null} when the value has none (null). */
    public static Object tagValue(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String || value instanceof Boolean || value instanceof Integer
                || value instanceof Long || value instanceof Double || value instanceof Float) {
            return value;
        }
        if (value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof BigInteger big) {
            return big.bitLength() < 64 ? (Object) big.longValue() : big.toString();
        }
        if (value instanceof BigDecimal || value instanceof Number) {
            return ((Number) value).doubleValue();
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            try {
                return JSON.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return String.valueOf(value);
            }
        }
        return value.toString();
    }

    /** The tags of a feature in attribute order, {@code id} first. */
    public static Map<String, Object> tags(MapFeature feature) {
        Map<String, Object> tags = new LinkedHashMap<>();
        tags.put("id", feature.id());
        feature.properties().forEach((key, value) -> {
            Object tag = tagValue(value);
            if (tag != null && !key.equals("id")) {
                tags.put(key, tag);
            }
        });
        return tags;
    }

    /** The MVT feature id: the feature id when it is a non-negative integer, else none. */
    public static Long numericId(String id) {
        if (id == null || id.isEmpty() || id.length() > 18) {
            return null;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
        }
        return Long.parseLong(id);
    }

    /**
     * The TileJSON field types ("String", "Number", "Boolean") of the tags the features carry, by
     * name; a field seen with two types is a String. Scans every feature: O(features × attributes).
     */
    public static Map<String, String> fieldTypes(Iterable<MapFeature> features) {
        Map<String, String> types = new TreeMap<>();
        for (MapFeature f : features) {
            tags(f).forEach((key, value) -> {
                String type = value instanceof Number ? "Number" : value instanceof Boolean ? "Boolean" : "String";
                types.merge(key, type, (a, b) -> a.equals(b) ? a : "String");
            });
        }
        return types;
    }

    /** A feature's tags flattened once, so that each tile only indexes them: keys and values side by side. */
    public record FeatureTags(String[] keys, Object[] values, Long mvtId) {

        public static FeatureTags of(MapFeature feature) {
            Map<String, Object> tags = tags(feature);
            return new FeatureTags(tags.keySet().toArray(new String[0]), tags.values().toArray(),
                    numericId(feature.id()));
        }
    }

    /** Takes a {@link FeatureTags} or a {@link MapFeature} as the geometry's user data. */
    @Override
    public void addTags(Object userData, MvtLayerProps layerProps, VectorTile.Tile.Feature.Builder feature) {
        FeatureTags tags = userData instanceof FeatureTags t ? t
                : userData instanceof MapFeature f ? FeatureTags.of(f) : null;
        if (tags == null) {
            return;
        }
        for (int i = 0; i < tags.keys().length; i++) {
            int valueIndex = layerProps.addValue(tags.values()[i]);
            if (valueIndex >= 0) {
                feature.addTags(layerProps.addKey(tags.keys()[i]));
                feature.addTags(valueIndex);
            }
        }
        if (tags.mvtId() != null) {
            feature.setId(tags.mvtId());
        }
    }
}
