package org.symbiopark.web.ogc;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.locationtech.jts.io.geojson.GeoJsonWriter;
import org.symbiopark.maps.MapFeature;

/**
 * Map features as GeoJSON (RFC 7946) text, streamed: a page of 10,000 parcels is written without
 * building a tree of it. Coordinates are CRS84 with 8 decimals (about 1 mm).
 */
final class GeoJsonFeatureWriter {

    private static final int DECIMALS = 8;

    private final ObjectMapper json;

    GeoJsonFeatureWriter(ObjectMapper json) {
        this.json = json;
    }

    /** A FeatureCollection: the features, then the members of {@code tail} (counts, time stamp, links). */
    byte[] collection(List<MapFeature> features, ObjectNode tail) {
        return write(g -> {
            g.writeStartObject();
            g.writeStringField("type", "FeatureCollection");
            g.writeArrayFieldStart("features");
            GeoJsonWriter geometries = geometryWriter();
            for (MapFeature f : features) {
                feature(g, geometries, f, null);
            }
            g.writeEndArray();
            tailMembers(g, tail);
            g.writeEndObject();
        });
    }

    /** One Feature with the members of {@code tail} (its links). */
    byte[] feature(MapFeature feature, ObjectNode tail) {
        return write(g -> feature(g, geometryWriter(), feature, tail));
    }

    private void feature(JsonGenerator g, GeoJsonWriter geometries, MapFeature f, ObjectNode tail) throws IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", f.id());
        g.writeFieldName("geometry");
        g.writeRawValue(geometries.write(f.geometryWgs84()));
        g.writeFieldName("properties");
        g.writeStartObject();
        for (var p : f.properties().entrySet()) {
            g.writeFieldName(p.getKey());
            json.writeValue(g, p.getValue());
        }
        g.writeEndObject();
        tailMembers(g, tail);
        g.writeEndObject();
    }

    private void tailMembers(JsonGenerator g, ObjectNode tail) throws IOException {
        if (tail == null) {
            return;
        }
        for (var member : tail.properties()) {
            g.writeFieldName(member.getKey());
            json.writeTree(g, member.getValue());
        }
    }

    private static GeoJsonWriter geometryWriter() {
        GeoJsonWriter writer = new GeoJsonWriter(DECIMALS);
        writer.setEncodeCRS(false);
        return writer;
    }

    private interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private byte[] write(Body body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = json.getFactory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
