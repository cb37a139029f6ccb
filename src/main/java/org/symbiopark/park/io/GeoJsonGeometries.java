package org.symbiopark.park.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * RFC 7946 geometry objects to and from JTS, on Jackson trees. Written here rather than taken
 * from jts-io so that a malformed geometry is reported with the exact position of what is wrong
 * ("coordinates[0][3][1] is not a number") instead of a parser's stack trace.
 */
final class GeoJsonGeometries {

    /** A geometry that cannot be read; the message names the offending member. */
    static final class MalformedGeometryException extends Exception {
        MalformedGeometryException(String message) {
            super(message);
        }
    }

    private final GeometryFactory factory;

    GeoJsonGeometries(int srid) {
        this.factory = new GeometryFactory(new PrecisionModel(), srid);
    }

    Geometry read(JsonNode node) throws MalformedGeometryException {
        if (node == null || !node.isObject()) {
            throw new MalformedGeometryException("must be a GeoJSON geometry object");
        }
        String type = node.path("type").asText("");
        if (type.equals("GeometryCollection")) {
            throw new MalformedGeometryException("GeometryCollection is not supported; use a single or Multi geometry");
        }
        JsonNode c = node.get("coordinates");
        if (c == null || !c.isArray()) {
            throw new MalformedGeometryException("coordinates: missing or not an array");
        }
        return switch (type) {
            case "Point" -> factory.createPoint(position(c, "coordinates"));
            case "MultiPoint" -> factory.createMultiPoint(positions(c, "coordinates", 0));
            case "LineString" -> lineString(c, "coordinates");
            case "MultiLineString" -> {
                LineString[] lines = new LineString[c.size()];
                for (int i = 0; i < lines.length; i++) {
                    lines[i] = lineString(array(c.get(i), "coordinates[" + i + "]"), "coordinates[" + i + "]");
                }
                yield factory.createMultiLineString(lines);
            }
            case "Polygon" -> polygon(c, "coordinates");
            case "MultiPolygon" -> {
                Polygon[] polygons = new Polygon[c.size()];
                for (int i = 0; i < polygons.length; i++) {
                    polygons[i] = polygon(array(c.get(i), "coordinates[" + i + "]"), "coordinates[" + i + "]");
                }
                yield factory.createMultiPolygon(polygons);
            }
            default -> throw new MalformedGeometryException("type: '" + type + "' is not a GeoJSON geometry type");
        };
    }

    private LineString lineString(JsonNode c, String path) throws MalformedGeometryException {
        Coordinate[] cs = positions(c, path, 2);
        return factory.createLineString(cs);
    }

    private Polygon polygon(JsonNode c, String path) throws MalformedGeometryException {
        if (c.isEmpty()) {
            return factory.createPolygon();
        }
        LinearRing[] rings = new LinearRing[c.size()];
        for (int r = 0; r < rings.length; r++) {
            String ringPath = path + "[" + r + "]";
            Coordinate[] cs = positions(array(c.get(r), ringPath), ringPath, 4);
            if (!cs[0].equals2D(cs[cs.length - 1])) {
                throw new MalformedGeometryException(ringPath + ": ring is not closed (first and last positions differ)");
            }
            rings[r] = factory.createLinearRing(cs);
        }
        LinearRing[] holes = new LinearRing[rings.length - 1];
        System.arraycopy(rings, 1, holes, 0, holes.length);
        return factory.createPolygon(rings[0], holes);
    }

    private static JsonNode array(JsonNode node, String path) throws MalformedGeometryException {
        if (node == null || !node.isArray()) {
            throw new MalformedGeometryException(path + ": must be an array");
        }
        return node;
    }

    private static Coordinate[] positions(JsonNode c, String path, int minimum) throws MalformedGeometryException {
        if (c.size() < minimum) {
            throw new MalformedGeometryException(path + ": needs at least " + minimum + " positions, has " + c.size());
        }
        Coordinate[] cs = new Coordinate[c.size()];
        for (int i = 0; i < cs.length; i++) {
            cs[i] = position(array(c.get(i), path + "[" + i + "]"), path + "[" + i + "]");
        }
        return cs;
    }

    private static Coordinate position(JsonNode p, String path) throws MalformedGeometryException {
        if (p.size() < 2) {
            throw new MalformedGeometryException(path + ": a position needs at least two numbers");
        }
        return new Coordinate(ordinate(p.get(0), path + "[0]"), ordinate(p.get(1), path + "[1]"));
    }

    private static double ordinate(JsonNode n, String path) throws MalformedGeometryException {
        if (!n.isNumber()) {
            throw new MalformedGeometryException(path + ": '" + n.asText() + "' is not a number");
        }
        double v = n.asDouble();
        if (!Double.isFinite(v)) {
            throw new MalformedGeometryException(path + ": " + n.asText() + " is not a finite number");
        }
        return v;
    }

    // ---- writing

    static ObjectNode write(Geometry g) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("type", g.getGeometryType());
        if (g instanceof Point p) {
            node.set("coordinates", position(p.getCoordinate()));
        } else if (g instanceof LineString l) {
            node.set("coordinates", positions(l.getCoordinates()));
        } else if (g instanceof Polygon p) {
            node.set("coordinates", rings(p));
        } else if (g instanceof MultiPoint || g instanceof MultiLineString || g instanceof MultiPolygon) {
            ArrayNode parts = node.putArray("coordinates");
            for (int i = 0; i < g.getNumGeometries(); i++) {
                parts.add(write(g.getGeometryN(i)).get("coordinates"));
            }
        } else if (g instanceof GeometryCollection) {
            throw new IllegalArgumentException("GeometryCollection is not part of the park model");
        }
        return node;
    }

    private static ArrayNode rings(Polygon p) {
        ArrayNode rings = JsonNodeFactory.instance.arrayNode();
        if (p.isEmpty()) {
            return rings;
        }
        // RFC 7946 §3.1.6: exterior rings counter-clockwise, holes clockwise.
        List<LinearRing> all = new ArrayList<>();
        all.add(p.getExteriorRing());
        for (int i = 0; i < p.getNumInteriorRing(); i++) {
            all.add(p.getInteriorRingN(i));
        }
        for (int i = 0; i < all.size(); i++) {
            Coordinate[] cs = all.get(i).getCoordinates();
            boolean ccw = org.locationtech.jts.algorithm.Orientation.isCCW(cs);
            boolean wantCcw = i == 0;
            if (ccw != wantCcw) {
                cs = all.get(i).reverse().getCoordinates();
            }
            rings.add(positions(cs));
        }
        return rings;
    }

    private static ArrayNode positions(Coordinate[] cs) {
        ArrayNode a = JsonNodeFactory.instance.arrayNode(cs.length);
        for (Coordinate c : cs) {
            a.add(position(c));
        }
        return a;
    }

    private static ArrayNode position(Coordinate c) {
        return JsonNodeFactory.instance.arrayNode(2).add(c.x).add(c.y);
    }
}
