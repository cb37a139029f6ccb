package org.symbiopark.maps.tiles;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Clips geometries to an axis-parallel rectangle the way tile encoders do, in O(vertices):
 * polygon rings by Sutherland–Hodgman (1974), each ring against the four edges in turn, lines
 * by Liang–Barsky (1984) segment by segment, points by containment. Unlike a full overlay it
 * needs no noding and never fails on invalid input; the price is that a concave polygon cut
 * into pieces by the rectangle comes back as one ring with zero-width bridges along the
 * rectangle's edge, which is invisible when rendered and lies in the tile buffer anyway.
 * Rings left with fewer than three distinct vertices and lines shorter than a segment are
 * dropped. Stateless and thread-safe.
 */
final class RectangleClipper {

    private final Envelope box;
    private final GeometryFactory factory;

    RectangleClipper(Envelope box, GeometryFactory factory) {
        this.box = box;
        this.factory = factory;
    }

    /** The part of {@code g} inside the box, of the same dimension, or {@code null} when none is. */
    Geometry clip(Geometry g) {
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon p) {
                Polygon clipped = clip(p);
                if (clipped != null) {
                    parts.add(clipped);
                }
            } else if (part instanceof LineString l) {
                clip(l.getCoordinates(), parts);
            } else if (part instanceof Point p && !p.isEmpty() && box.contains(p.getCoordinate())) {
                parts.add(p);
            }
        }
        return parts.isEmpty() ? null : factory.buildGeometry(parts);
    }

    private Polygon clip(Polygon p) {
        LinearRing shell = ring(p.getExteriorRing().getCoordinates());
        if (shell == null) {
            return null;
        }
        List<LinearRing> holes = new ArrayList<>();
        for (int k = 0; k < p.getNumInteriorRing(); k++) {
            LinearRing hole = ring(p.getInteriorRingN(k).getCoordinates());
            if (hole != null) {
                holes.add(hole);
            }
        }
        return factory.createPolygon(shell, holes.toArray(new LinearRing[0]));
    }

    private LinearRing ring(Coordinate[] closed) {
        List<Coordinate> ring = new ArrayList<>(closed.length);
        for (int i = 0; i < closed.length - 1; i++) {
            ring.add(closed[i]);
        }
        for (int edge = 0; edge < 4 && !ring.isEmpty(); edge++) {
            ring = clipAgainst(ring, edge);
        }
        CoordinateList out = new CoordinateList();
        for (Coordinate c : ring) {
            out.add(c, false);
        }
        if (out.size() > 1 && out.get(0).equals2D(out.get(out.size() - 1))) {
            out.remove(out.size() - 1);
        }
        if (out.size() < 3) {
            return null;
        }
        out.closeRing();
        return factory.createLinearRing(out.toCoordinateArray());
    }

    /** One Sutherland–Hodgman pass: the ring (implicitly closed) against edge 0 west, 1 east, 2 south, 3 north. */
    private List<Coordinate> clipAgainst(List<Coordinate> ring, int edge) {
        List<Coordinate> out = new ArrayList<>(ring.size() + 4);
        Coordinate prev = ring.get(ring.size() - 1);
        boolean prevIn = inside(prev, edge);
        for (Coordinate c : ring) {
            boolean in = inside(c, edge);
            if (in != prevIn) {
                out.add(intersection(prev, c, edge));
            }
            if (in) {
                out.add(c);
            }
            prev = c;
            prevIn = in;
        }
        return out;
    }

    private boolean inside(Coordinate c, int edge) {
        return switch (edge) {
            case 0 -> c.x >= box.getMinX();
            case 1 -> c.x <= box.getMaxX();
            case 2 -> c.y >= box.getMinY();
            default -> c.y <= box.getMaxY();
        };
    }

    private Coordinate intersection(Coordinate a, Coordinate b, int edge) {
        double at = switch (edge) {
            case 0 -> box.getMinX();
            case 1 -> box.getMaxX();
            case 2 -> box.getMinY();
            default -> box.getMaxY();
        };
        if (edge < 2) {
            double t = (at - a.x) / (b.x - a.x);
            return new Coordinate(at, a.y + t * (b.y - a.y));
        }
        double t = (at - a.y) / (b.y - a.y);
        return new Coordinate(a.x + t * (b.x - a.x), at);
    }

    /** Liang–Barsky per segment; consecutive inside pieces are joined into one line. */
    private void clip(Coordinate[] line, List<Geometry> parts) {
        CoordinateList current = new CoordinateList();
        for (int i = 0; i + 1 < line.length; i++) {
            Coordinate a = line[i];
            Coordinate b = line[i + 1];
            double dx = b.x - a.x;
            double dy = b.y - a.y;
            double[] t = {0, 1};
            if (!(clipT(-dx, a.x - box.getMinX(), t) && clipT(dx, box.getMaxX() - a.x, t)
                    && clipT(-dy, a.y - box.getMinY(), t) && clipT(dy, box.getMaxY() - a.y, t))) {
                flush(current, parts);
                continue;
            }
            Coordinate start = t[0] == 0 ? a : new Coordinate(a.x + t[0] * dx, a.y + t[0] * dy);
            Coordinate end = t[1] == 1 ? b : new Coordinate(a.x + t[1] * dx, a.y + t[1] * dy);
            if (!current.isEmpty() && !current.get(current.size() - 1).equals2D(start)) {
                flush(current, parts);
            }
            current.add(start, false);
            current.add(end, false);
            if (t[1] < 1) {
                flush(current, parts);
            }
        }
        flush(current, parts);
    }

    private static boolean clipT(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }

    private void flush(CoordinateList current, List<Geometry> parts) {
        if (current.size() >= 2) {
            parts.add(factory.createLineString(current.toCoordinateArray()));
        }
        current.clear();
    }
}
