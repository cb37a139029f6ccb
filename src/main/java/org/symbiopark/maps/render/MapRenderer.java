package org.symbiopark.maps.render;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.InteriorPointArea;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Lineal;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.linearref.LengthIndexedLine;
import org.symbiopark.maps.style.Expression;
import org.symbiopark.maps.style.Rule;
import org.symbiopark.maps.style.Symbolizer;
import org.symbiopark.maps.style.Symbolizer.LineSymbolizer;
import org.symbiopark.maps.style.Symbolizer.PointSymbolizer;
import org.symbiopark.maps.style.Symbolizer.PolygonSymbolizer;
import org.symbiopark.maps.style.Symbolizer.TextSymbolizer;

/**
 * Draws styled layers into an anti-aliased ARGB image with Java2D, as SLD 1.0 says: layers in
 * order, within a layer each feature type style in order, each feature by every rule that
 * applies at the map's scale denominator ({@link MapView#scaleDenominator()}) and whose filter
 * matches, else-rules for features no other rule of that feature type style took, symbolizers in
 * the rule's order. Labels are collected and drawn last, over every layer, skipping those that
 * would collide ({@link LabelPlacer}).
 *
 * <p>Cost: one Java2D fill or stroke per feature and symbolizer; vertices closer than half a
 * pixel are dropped first ({@link ShapeBuilder}). Stateless and thread-safe.
 */
public final class MapRenderer {

    /** Result of a render: the image, and the label boxes placed (tests check they do not overlap). */
    public record Rendered(BufferedImage image, List<Rectangle2D> labelBoxes) {
    }

    /** @param background {@code null} for a transparent image */
    public BufferedImage render(MapView view, List<StyledLayer> layers, Color background) {
        return renderWithLabels(view, layers, background).image();
    }

    public Rendered renderWithLabels(MapView view, List<StyledLayer> layers, Color background) {
        BufferedImage image = new BufferedImage(view.width(), view.height(), BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            if (background != null) {
                g.setColor(background);
                g.fillRect(0, 0, view.width(), view.height());
            }
            List<Rectangle2D> boxes = draw(g, view, layers);
            return new Rendered(image, boxes);
        } finally {
            g.dispose();
        }
    }

    /** Draws onto {@code g}, whose device space is the view's pixels; returns the placed label boxes. */
    public List<Rectangle2D> draw(Graphics2D g, MapView view, List<StyledLayer> layers) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_SPEED);
        // the default stroke control snaps outlines to whole pixels, which bands periodically across
        // many small parcels at whole-park scales; pure geometry draws them where they are, as AGG does
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        double scale = view.scaleDenominator();
        ShapeBuilder shapes = new ShapeBuilder(view);
        LabelPlacer labels = new LabelPlacer();
        for (StyledLayer layer : layers) {
            for (List<Rule> fts : layer.style().featureTypeStyles()) {
                List<Rule> rules = new ArrayList<>();
                List<Rule> elseRules = new ArrayList<>();
                for (Rule r : fts) {
                    if (r.appliesAt(scale)) {
                        (r.elseFilter() ? elseRules : rules).add(r);
                    }
                }
                if (rules.isEmpty() && elseRules.isEmpty()) {
                    continue;
                }
                for (RenderFeature f : layer.features()) {
                    FeatureDrawing drawing = new FeatureDrawing(f, shapes);
                    boolean taken = false;
                    for (Rule r : rules) {
                        if (r.matches(f.properties())) {
                            taken = true;
                            drawing.draw(g, r, labels);
                        }
                    }
                    if (!taken) {
                        for (Rule r : elseRules) {
                            drawing.draw(g, r, labels);
                        }
                    }
                }
            }
        }
        return labels.draw(g, view.width(), view.height());
    }

    /** One feature's drawing: its path built once for all the rules that draw it. */
    private static final class FeatureDrawing {
        private final RenderFeature feature;
        private final ShapeBuilder shapes;
        private Shape path;

        FeatureDrawing(RenderFeature feature, ShapeBuilder shapes) {
            this.feature = feature;
            this.shapes = shapes;
        }

        void draw(Graphics2D g, Rule rule, LabelPlacer labels) {
            Geometry geometry = feature.geometry();
            for (Symbolizer s : rule.symbolizers()) {
                if (s instanceof PolygonSymbolizer p) {
                    if (!(geometry instanceof Polygonal) && !isCollectionOf(geometry, Polygonal.class)) {
                        continue;
                    }
                    ShapePainter.fillThenStroke(g, path(), p.fill(), p.stroke());
                } else if (s instanceof LineSymbolizer l) {
                    if (geometry instanceof Point) {
                        continue;
                    }
                    g.setColor(l.stroke().color());
                    g.setStroke(l.stroke().toBasicStroke());
                    g.draw(path());
                } else if (s instanceof PointSymbolizer p) {
                    drawMark(g, p, anchor(geometry));
                } else if (s instanceof TextSymbolizer t) {
                    double[] at = anchor(geometry);
                    labels.add(text(t), at[0], at[1], t);
                }
            }
        }

        private Shape path() {
            if (path == null) {
                path = shapes.shape(feature.geometry());
            }
            return path;
        }

        private void drawMark(Graphics2D g, PointSymbolizer p, double[] at) {
            Shape mark = Marks.mark(p.wellKnownName(), at[0], at[1], p.sizePx(), p.rotationDeg());
            Composite before = g.getComposite();
            if (p.opacity() < 1) {
                g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) p.opacity()));
            }
            ShapePainter.fillThenStroke(g, mark, p.fill(), p.stroke());
            g.setComposite(before);
        }

        private String text(TextSymbolizer t) {
            StringBuilder sb = new StringBuilder();
            for (Expression e : t.label()) {
                Object v = e.evaluate(feature.properties());
                if (v != null) {
                    sb.append(v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15
                            ? Long.toString(d.longValue()) : v.toString());
                }
            }
            return sb.toString();
        }

        /** Where a point symbol or label of this geometry goes, in pixels: the point, a line's middle, an area's inside. */
        private double[] anchor(Geometry g) {
            Coordinate c;
            if (g instanceof Point p) {
                c = p.getCoordinate();
            } else if (g instanceof LineString || g instanceof Lineal) {
                LineString longest = longestLine(g);
                c = new LengthIndexedLine(longest).extractPoint(longest.getLength() / 2);
            } else if (g instanceof Polygonal) {
                c = InteriorPointArea.getInteriorPoint(g);
            } else {
                c = g.getCentroid().getCoordinate();
            }
            if (c == null) {
                c = g.getCoordinate();
            }
            return new double[] {shapes.x(c.x), shapes.y(c.y)};
        }

        private static LineString longestLine(Geometry g) {
            LineString best = null;
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (g.getGeometryN(i) instanceof LineString l && (best == null || l.getLength() > best.getLength())) {
                    best = l;
                }
            }
            return best;
        }

        private static boolean isCollectionOf(Geometry g, Class<?> kind) {
            if (g.getNumGeometries() == 0 || g.getNumGeometries() == 1 && g.getGeometryN(0) == g) {
                return false;
            }
            for (int i = 0; i < g.getNumGeometries(); i++) {
                if (kind.isInstance(g.getGeometryN(i))) {
                    return true;
                }
            }
            return false;
        }
    }
}
