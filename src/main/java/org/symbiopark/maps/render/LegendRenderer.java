package org.symbiopark.maps.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.symbiopark.maps.style.Rule;
import org.symbiopark.maps.style.Symbolizer;
import org.symbiopark.maps.style.Symbolizer.LineSymbolizer;
import org.symbiopark.maps.style.Symbolizer.PointSymbolizer;
import org.symbiopark.maps.style.Symbolizer.PolygonSymbolizer;
import org.symbiopark.maps.style.Symbolizer.TextSymbolizer;

/**
 * The legend of a style as GetLegendGraphic (SLD 1.0 WMS profile §12) answers it: one row per
 * rule, a sample of its symbolizers and its title (its name when it has none), on a transparent
 * background. Text symbolizers have no sample.
 *
 * <p>Titles written as "English / Русский / 中文" (as styles/ does) are shown in one language:
 * {@link #LANGUAGES} lists the order; other titles are shown as they are. Chinese needs a CJK font
 * on the server (e.g. Debian's fonts-wqy-microhei), else Java2D draws boxes. Thread-safe.
 */
public final class LegendRenderer {

    public static final int ICON_PX = 20;
    private static final int GAP_PX = 6;
    private static final int PADDING_PX = 2;
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 12);

    /** The languages of a three-part rule title, in the order they are written. */
    public static final List<String> LANGUAGES = List.of("en", "ru", "zh");

    /** The legend with English titles. */
    public BufferedImage render(List<Rule> rules) {
        return render(rules, "en");
    }

    /** @param language en, ru or zh; another code shows the English part */
    public BufferedImage render(List<Rule> rules, String language) {
        int part = Math.max(0, LANGUAGES.indexOf(language));
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);
        Graphics2D pg = probe.createGraphics();
        FontMetrics metrics = pg.getFontMetrics(FONT);
        int textWidth = 0;
        for (Rule r : rules) {
            textWidth = Math.max(textWidth, metrics.stringWidth(label(r, part)));
        }
        pg.dispose();
        int rowHeight = ICON_PX + 2 * PADDING_PX;
        int width = PADDING_PX + ICON_PX + GAP_PX + textWidth + PADDING_PX;
        int height = Math.max(1, rules.size()) * rowHeight;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setFont(FONT);
            for (int k = 0; k < rules.size(); k++) {
                Rule r = rules.get(k);
                int top = k * rowHeight + PADDING_PX;
                for (Symbolizer s : r.symbolizers()) {
                    sample(g, s, PADDING_PX, top);
                }
                g.setColor(Color.BLACK);
                g.drawString(label(r, part), PADDING_PX + ICON_PX + GAP_PX,
                        top + (ICON_PX + metrics.getAscent() - metrics.getDescent()) / 2);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void sample(Graphics2D g, Symbolizer s, int left, int top) {
        if (s instanceof PolygonSymbolizer p) {
            Shape box = new Rectangle2D.Double(left + 2, top + 2, ICON_PX - 4, ICON_PX - 4);
            ShapePainter.fillThenStroke(g, box, p.fill(), p.stroke());
        } else if (s instanceof LineSymbolizer l) {
            g.setColor(l.stroke().color());
            g.setStroke(l.stroke().toBasicStroke());
            g.draw(new Line2D.Double(left + 1, top + ICON_PX - 4, left + ICON_PX - 1, top + 4));
        } else if (s instanceof PointSymbolizer p) {
            Shape mark = Marks.mark(p.wellKnownName(), left + ICON_PX / 2.0, top + ICON_PX / 2.0,
                    Math.min(p.sizePx(), ICON_PX - 2), p.rotationDeg());
            ShapePainter.fillThenStroke(g, mark, p.fill(), p.stroke());
        } else if (s instanceof TextSymbolizer) {
            // a label has no sample of its own: the row's text says what the rule is
        }
    }

    static String label(Rule r, int languagePart) {
        if (r.title() == null || r.title().isBlank()) {
            return r.name() == null ? "" : r.name();
        }
        String[] parts = r.title().split(" / ");
        return parts.length == LANGUAGES.size() ? parts[languagePart].strip() : r.title();
    }
}
