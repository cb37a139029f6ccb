package org.symbiopark.maps.render;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.symbiopark.maps.style.Symbolizer.TextSymbolizer;

/**
 * Draws labels first come, first served: a label whose box (halo included) overlaps a label
 * already placed is dropped, as map renderers do without a full placement search. Boxes are
 * tested one against each; the few hundred labels a readable map holds make that cheap.
 */
final class LabelPlacer {

    private record Candidate(String text, double x, double y, TextSymbolizer symbolizer) {
    }

    private final List<Candidate> candidates = new ArrayList<>();

    void add(String text, double x, double y, TextSymbolizer symbolizer) {
        if (text != null && !text.isBlank()) {
            candidates.add(new Candidate(text, x, y, symbolizer));
        }
    }

    /** Draws the labels that fit and returns their boxes (for tests). */
    List<Rectangle2D> draw(Graphics2D g, int width, int height) {
        List<Rectangle2D> placed = new ArrayList<>();
        FontRenderContext frc = g.getFontRenderContext();
        Rectangle2D image = new Rectangle2D.Double(0, 0, width, height);
        for (Candidate c : candidates) {
            TextSymbolizer s = c.symbolizer();
            Font font = new Font(s.fontFamily(), s.fontStyle(), 1).deriveFont(s.fontSizePx());
            GlyphVector glyphs = font.createGlyphVector(frc, c.text());
            Rectangle2D bounds = glyphs.getVisualBounds();
            double w = bounds.getWidth();
            double h = bounds.getHeight();
            double left = c.x() - s.anchorX() * w + s.displacementX();
            double top = c.y() - (1 - s.anchorY()) * h - s.displacementY();
            double halo = s.haloFill() == null ? 0 : s.haloRadiusPx();
            Rectangle2D box = new Rectangle2D.Double(left - halo, top - halo, w + 2 * halo, h + 2 * halo);
            if (!box.intersects(image) || placed.stream().anyMatch(box::intersects)) {
                continue;
            }
            placed.add(box);
            Shape outline = glyphs.getOutline((float) (left - bounds.getX()), (float) (top - bounds.getY()));
            if (halo > 0) {
                g.setColor(s.haloFill().color());
                g.setStroke(new BasicStroke((float) (2 * halo), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(outline);
            }
            g.setColor(s.fill().color());
            g.fill(outline);
        }
        return placed;
    }

}
