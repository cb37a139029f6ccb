package org.symbiopark.web.wms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.symbiopark.maps.MapImageService.FeatureHit;

/**
 * The GetFeatureInfo answers: an RFC 7946 GeoJSON FeatureCollection (WGS 84, longitude first)
 * whose features carry their WMS layer name in {@code layer}, or an HTML fragment with a table
 * per feature.
 */
final class FeatureInfoFormats {

    static final String JSON = "application/json";
    static final String HTML = "text/html";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FeatureInfoFormats() {
    }

    static String json(List<FeatureHit> hits) {
        ObjectNode collection = MAPPER.createObjectNode();
        collection.put("type", "FeatureCollection");
        ArrayNode features = collection.putArray("features");
        GeoJsonWriter geometries = new GeoJsonWriter(7);
        geometries.setEncodeCRS(false);
        for (FeatureHit h : hits) {
            ObjectNode f = features.addObject();
            f.put("type", "Feature");
            f.put("id", h.feature().id());
            try {
                f.set("geometry", MAPPER.readTree(geometries.write(h.feature().geometryWgs84())));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            ObjectNode properties = MAPPER.valueToTree(h.feature().properties());
            properties.put("layer", h.layer().id());
            f.set("properties", properties);
        }
        try {
            return MAPPER.writeValueAsString(collection);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String html(List<FeatureHit> hits) {
        StringBuilder h = new StringBuilder(2048);
        h.append("<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"><title>Feature info</title></head><body>\n");
        if (hits.isEmpty()) {
            h.append("<p>No feature here.</p>\n");
        }
        for (FeatureHit hit : hits) {
            h.append("<table class=\"feature-info\">\n<caption>").append(Xml.escape(hit.layer().title())).append(": ")
                    .append(Xml.escape(hit.feature().id())).append("</caption>\n");
            h.append("<tr><th>layer</th><td>").append(Xml.escape(hit.layer().id())).append("</td></tr>\n");
            for (Map.Entry<String, Object> e : hit.feature().properties().entrySet()) {
                h.append("<tr><th>").append(Xml.escape(e.getKey())).append("</th><td>")
                        .append(Xml.escape(text(e.getValue()))).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        return h.append("</body></html>\n").toString();
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            try {
                return MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                return value.toString();
            }
        }
        return value.toString();
    }
}
