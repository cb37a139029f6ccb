package org.symbiopark.maps.style;

import java.util.List;

/** What an SLD rule draws, in the order the rule lists them. */
public sealed interface Symbolizer {

    /** {@code fill} or {@code stroke} may be null: not drawn. */
    record PolygonSymbolizer(Fill fill, Stroke stroke) implements Symbolizer {
    }

    record LineSymbolizer(Stroke stroke) implements Symbolizer {
    }

    /**
     * A well-known mark ({@code circle, square, triangle, star, cross, x}) of {@code sizePx}
     * height, turned by {@code rotationDeg} clockwise (SLD 1.0 §11.3.2).
     */
    record PointSymbolizer(String wellKnownName, Fill fill, Stroke stroke, double sizePx, double rotationDeg,
                           double opacity) implements Symbolizer {
    }

    /**
     * A label: the concatenation of {@code label}'s parts, in a font, with an optional halo of
     * {@code haloRadiusPx}, anchored at (anchorX, anchorY) of its box (0..1, SLD 1.0 §11.4.4) and
     * displaced by (displacementX, displacementY) pixels, y up.
     */
    record TextSymbolizer(List<Expression> label, String fontFamily, int fontStyle, float fontSizePx, Fill fill,
                          double haloRadiusPx, Fill haloFill, double anchorX, double anchorY,
                          double displacementX, double displacementY) implements Symbolizer {
    }
}
