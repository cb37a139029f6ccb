package org.symbiopark.maps.render;

import java.awt.Graphics2D;
import java.awt.Shape;
import org.symbiopark.maps.style.Fill;
import org.symbiopark.maps.style.Stroke;

/** Paints a shape as SLD symbolizers do: the fill first, then the outline over it (SLD 1.0 §11.3). */
final class ShapePainter {

    private ShapePainter() {
    }

    /**
     * @param fill   the area's paint, or null for none
     * @param stroke the outline, or null for none
     */
    static void fillThenStroke(Graphics2D g, Shape shape, Fill fill, Stroke stroke) {
        if (fill != null) {
            g.setColor(fill.color());
            g.fill(shape);
        }
        if (stroke != null) {
            g.setColor(stroke.color());
            g.setStroke(stroke.toBasicStroke());
            g.draw(shape);
        }
    }
}
