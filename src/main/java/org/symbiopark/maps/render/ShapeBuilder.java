package org.symbiopark.maps.render;

import java.awt.geom.Path2D;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Turns a JTS geometry in map coordinates into a Java2D path in pixels. Vertices closer than
 * {@link #MIN_STEP_PX} to the last kept one are dropped: they cannot change an anti-aliased
 * pixel by more than a shade, and a 10,000-parcel overview then draws a few points per parcel.
 * Polygons use the even-odd rule, so holes stay holes whatever their orientation.
 */
final class ShapeBuilder {

    static final double MIN_STEP_PX = 0.5;

    private final double sx;
    private final double sy;
    private final double tx;
    private final double ty;

    ShapeBuilder(MapView view) {
        this.sx = view.width() / view.envelope().getWidth();
        this.sy = view.height() / view.envelope().getHeight();
        this.tx = -view.envelope().getMinX() * sx;
        this.ty = view.envelope().getMaxY() * sy;
    }

    /** The path of a geometry's lines and polygons; points contribute nothing. */
    Path2D.Float shape(Geometry g) {
        Path2D.Float path = new Path2D.Float(Path2D.WIND_EVEN_ODD, 64);
        append(path, g);
        return path;
    }

    private void append(Path2D.Float path, Geometry g) {
        if (g instanceof Polygon p) {
            ring(path, p.getExteriorRing().getCoordinateSequence(), true);
            for (int i = 0; i < p.getNumInteriorRing(); i++) {
                ring(path, p.getInteriorRingN(i).getCoordinateSequence(), true);
            }
        } else if (g instanceof LineString l) {
            ring(path, l.getCoordinateSequence(), false);
        } else if (!(g instanceof Point)) {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part != g) {
                    append(path, part);
                }
            }
        }
    }

    private void ring(Path2D.Float path, CoordinateSequence seq, boolean close) {
        int n = seq.size();
        if (n == 0) {
            return;
        }
        double lastX = x(seq.getX(0));
        double lastY = y(seq.getY(0));
        path.moveTo(lastX, lastY);
        int kept = 1;
        for (int i = 1; i < n; i++) {
            double x = x(seq.getX(i));
            double y = y(seq.getY(i));
            boolean end = i == n - 1;
            if (!end && Math.abs(x - lastX) < MIN_STEP_PX && Math.abs(y - lastY) < MIN_STEP_PX) {
                continue;
            }
            path.lineTo(x, y);
            lastX = x;
            lastY = y;
            kept++;
        }
        if (close) {
            path.closePath();
        } else if (kept == 1) {
            // a line shorter than the step still shows as a dot
            path.lineTo(lastX + 0.01, lastY);
        }
    }

    double x(double mapX) {
        return mapX * sx + tx;
    }

    double y(double mapY) {
        return ty - mapY * sy;
    }
}
