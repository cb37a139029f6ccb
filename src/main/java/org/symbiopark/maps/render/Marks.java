package org.symbiopark.maps.render;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** The well-known marks of SLD 1.0 §11.3.2 as unit shapes centred on the origin, y down. */
final class Marks {

    private Marks() {
    }

    /** The mark {@code name} of {@code sizePx} height at (x, y), turned {@code rotationDeg} clockwise. */
    static Shape mark(String name, double x, double y, double sizePx, double rotationDeg) {
        AffineTransform at = new AffineTransform();
        at.translate(x, y);
        if (rotationDeg != 0) {
            at.rotate(Math.toRadians(rotationDeg));
        }
        at.scale(sizePx, sizePx);
        return at.createTransformedShape(unit(name));
    }

    private static Shape unit(String name) {
        return switch (name) {
            case "circle" -> new Ellipse2D.Double(-0.5, -0.5, 1, 1);
            case "triangle" -> polygon(0, -0.5, 0.5, 0.5, -0.5, 0.5);
            case "star" -> star();
            case "cross" -> cross();
            case "x" -> AffineTransform.getRotateInstance(Math.PI / 4).createTransformedShape(cross());
            default -> new Rectangle2D.Double(-0.5, -0.5, 1, 1);
        };
    }

    private static Shape star() {
        double[] xy = new double[20];
        for (int k = 0; k < 10; k++) {
            double r = k % 2 == 0 ? 0.5 : 0.2;
            double a = -Math.PI / 2 + k * Math.PI / 5;
            xy[2 * k] = r * Math.cos(a);
            xy[2 * k + 1] = r * Math.sin(a);
        }
        return polygon(xy);
    }

    private static Shape cross() {
        double t = 0.1;
        return polygon(-t, -0.5, t, -0.5, t, -t, 0.5, -t, 0.5, t, t, t, t, 0.5, -t, 0.5, -t, t, -0.5, t, -0.5, -t,
                -t, -t);
    }

    private static Shape polygon(double... xy) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            p.lineTo(xy[i], xy[i + 1]);
        }
        p.closePath();
        return p;
    }
}
