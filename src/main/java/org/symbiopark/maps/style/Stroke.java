package org.symbiopark.maps.style;

import java.awt.BasicStroke;
import java.awt.Color;

/**
 * An SLD stroke: colour (with {@code stroke-opacity} as alpha), width in pixels, dash pattern in
 * pixels ({@code null} for solid), and Java2D's cap and join codes.
 */
public record Stroke(Color color, float widthPx, float[] dashPx, int cap, int join) {

    public static final Stroke DEFAULT = new Stroke(Color.BLACK, 1f, null, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);

    /** The Java2D stroke; a zero width draws the thinnest line the device can. */
    public BasicStroke toBasicStroke() {
        return new BasicStroke(widthPx, cap, join, 10f, dashPx, 0f);
    }
}
