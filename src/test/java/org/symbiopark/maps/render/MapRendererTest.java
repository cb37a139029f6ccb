package org.symbiopark.maps.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.symbiopark.maps.style.SldReader;
import org.symbiopark.maps.style.Style;
import org.symbiopark.maps.style.StyleLibrary;

/** The renderer on small drawn fixtures in a metric map CRS, x east, y north. */
class MapRendererTest {

    private static final WKTReader WKT = new WKTReader();
    private final MapRenderer renderer = new MapRenderer();

    /** 100 × 100 m into 100 × 100 px: one metre a pixel, y up on the map, down in the image. */
    private static final MapView METRE_A_PIXEL = new MapView(new Envelope(0, 100, 0, 100), 100, 100, false);

    private static Style style(String rules) {
        String sld = """
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
                <NamedLayer><Name>t</Name><UserStyle><Name>t</Name><FeatureTypeStyle>
                """ + rules + "</FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>";
        return SldReader.read(new ByteArrayInputStream(sld.getBytes(StandardCharsets.UTF_8)), "test.sld");
    }

    private static String fill(String colour) {
        return "<PolygonSymbolizer><Fill><CssParameter name=\"fill\">" + colour + "</CssParameter></Fill></PolygonSymbolizer>";
    }

    private static RenderFeature feature(String id, String wkt, Map<String, Object> properties) {
        try {
            return new RenderFeature(id, WKT.read(wkt), properties);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static int argb(BufferedImage image, int x, int y) {
        return image.getRGB(x, y);
    }

    @Test
    void fillsAPolygonWhereItIsAndNowhereElse() {
        // the north-west quarter of the map:  +----+----+
        //                                     |####|    |
        //                                     +----+----+
        //                                     |    |    |
        //                                     +----+----+
        RenderFeature nw = feature("nw", "POLYGON ((0 50, 50 50, 50 100, 0 100, 0 50))", Map.of());
        BufferedImage image = renderer.render(METRE_A_PIXEL, List.of(new StyledLayer(List.of(nw), style(
                "<Rule>" + fill("#ff0000") + "</Rule>"))), null);
        assertThat(argb(image, 10, 10)).isEqualTo(0xffff0000);
        assertThat(argb(image, 40, 40)).isEqualTo(0xffff0000);
        assertThat(argb(image, 90, 90) >>> 24).as("alpha outside the polygon").isZero();
        assertThat(argb(image, 10, 90) >>> 24).isZero();
    }

    @Test
    void opacityBackgroundAndElseRule() {
        RenderFeature a = feature("a", "POLYGON ((0 0, 50 0, 50 100, 0 100, 0 0))", Map.of("kind", "a"));
        RenderFeature b = feature("b", "POLYGON ((50 0, 100 0, 100 100, 50 100, 50 0))", Map.of("kind", "b"));
        Style s = style("""
                <Rule><ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>kind</ogc:PropertyName>
                  <ogc:Literal>a</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
                  <PolygonSymbolizer><Fill><CssParameter name="fill">#0000ff</CssParameter>
                  <CssParameter name="fill-opacity">0.5</CssParameter></Fill></PolygonSymbolizer></Rule>
                <Rule><ElseFilter/>""" + fill("#00ff00") + "</Rule>");
        BufferedImage image = renderer.render(METRE_A_PIXEL, List.of(new StyledLayer(List.of(a, b), s)), Color.WHITE);
        Color left = new Color(argb(image, 25, 50), true);
        assertThat(left.getRed()).isCloseTo(127, within(2));
        assertThat(left.getGreen()).isCloseTo(127, within(2));
        assertThat(left.getBlue()).isEqualTo(255);
        assertThat(argb(image, 75, 50)).isEqualTo(0xff00ff00);
    }

    @Test
    void scaleDenominatorFollowsTheStandardPixelOf028mm() {
        // 1024 px of 0.28 mm are 286.72 mm: a map 286.72 m across is at 1:1,000
        assertThat(new MapView(new Envelope(0, 286.72, 0, 100), 1024, 512, false).scaleDenominator())
                .isCloseTo(1000, within(1e-9));
        // a degree of longitude counts 2π × 6,378,137 / 360 m
        assertThat(new MapView(new Envelope(0, 1, 0, 1), 1000, 1000, true).scaleDenominator())
                .isCloseTo(111319.49079327357 / 0.28, within(1e-6));
    }

    @Test
    void rulesSwitchWithTheScaleDenominator() {
        Style s = style("<Rule><MaxScaleDenominator>10000</MaxScaleDenominator>" + fill("#0000ff") + "</Rule>"
                + "<Rule><MinScaleDenominator>10000</MinScaleDenominator>" + fill("#ff0000") + "</Rule>");
        RenderFeature everywhere = feature("x", "POLYGON ((-1e6 -1e6, 1e6 -1e6, 1e6 1e6, -1e6 1e6, -1e6 -1e6))", Map.of());
        MapView near = new MapView(new Envelope(0, 1000, 0, 1000), 1000, 1000, false);      // 1:3,571
        MapView far = new MapView(new Envelope(0, 100000, 0, 100000), 1000, 1000, false);   // 1:357,143
        assertThat(near.scaleDenominator()).isLessThan(10000);
        assertThat(far.scaleDenominator()).isGreaterThan(10000);
        List<StyledLayer> layers = List.of(new StyledLayer(List.of(everywhere), s));
        assertThat(argb(renderer.render(near, layers, null), 500, 500)).isEqualTo(0xff0000ff);
        assertThat(argb(renderer.render(far, layers, null), 500, 500)).isEqualTo(0xffff0000);
    }

    @Test
    void drawsMarksAtPointsAndStrokesLines() {
        Style s = style("""
                <Rule><PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName>
                  <Fill><CssParameter name="fill">#ff00ff</CssParameter></Fill></Mark><Size>10</Size></Graphic></PointSymbolizer>
                  <LineSymbolizer><Stroke><CssParameter name="stroke">#000000</CssParameter>
                  <CssParameter name="stroke-width">4</CssParameter></Stroke></LineSymbolizer></Rule>
                """);
        RenderFeature point = feature("p", "POINT (20.5 79.5)", Map.of());
        RenderFeature line = feature("l", "LINESTRING (0 20.5, 100 20.5)", Map.of());
        BufferedImage image = renderer.render(METRE_A_PIXEL, List.of(new StyledLayer(List.of(point, line), s)), null);
        assertThat(argb(image, 20, 20)).isEqualTo(0xffff00ff);
        assertThat(argb(image, 20, 26) >>> 24).as("outside the 10 px circle").isZero();
        assertThat(argb(image, 50, 79)).isEqualTo(0xff000000);
        assertThat(argb(image, 50, 70) >>> 24).isZero();
    }

    @Test
    void thinStrokesStayWhereTheyAreInsteadOfSnappingToWholePixels() {
        // lines 4.3 px apart: snapped to whole pixels their gaps alternate 4 and 5 px, the periodic
        // banding seen over many small parcels; drawn pure, the ink of each centres on its true x
        Style s = style("<Rule><LineSymbolizer><Stroke><CssParameter name=\"stroke\">#000000</CssParameter>"
                + "<CssParameter name=\"stroke-width\">1</CssParameter></Stroke></LineSymbolizer></Rule>");
        List<RenderFeature> lines = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            double x = 5 + 4.3 * i;
            lines.add(feature("l" + i, "LINESTRING (" + x + " -5, " + x + " 105)", Map.of()));
        }
        BufferedImage image = renderer.render(METRE_A_PIXEL, List.of(new StyledLayer(lines, s)), null);
        for (int i = 0; i < 20; i++) {
            double x = 5 + 4.3 * i;
            double ink = 0;
            double moment = 0;
            for (int column = (int) Math.floor(x) - 2; column <= (int) Math.floor(x) + 2; column++) {
                int alpha = argb(image, column, 50) >>> 24;
                ink += alpha;
                moment += alpha * (column + 0.5);
            }
            assertThat(moment / ink).as("ink centre of the line at x = %.1f", x).isCloseTo(x, within(0.1));
        }
    }

    @Test
    void labelsThatWouldOverlapAreLeftOut() {
        Style s = style("""
                <Rule><TextSymbolizer><Label><ogc:PropertyName>name</ogc:PropertyName></Label>
                  <Font><CssParameter name="font-size">12</CssParameter></Font>
                  <Halo><Radius>2</Radius><Fill><CssParameter name="fill">#ffffff</CssParameter></Fill></Halo>
                  <Fill><CssParameter name="fill">#000000</CssParameter></Fill></TextSymbolizer></Rule>
                """);
        // 60 points on a 6 x 10 grid 8 px apart: labels of 10 characters cannot all fit
        List<RenderFeature> points = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            points.add(feature("p" + i, "POINT (" + (20 + 8 * (i % 6)) + " " + (20 + 8 * (i / 6)) + ")",
                    Map.of("name", "Plant " + (1000 + i) + "x")));
        }
        MapRenderer.Rendered r = renderer.renderWithLabels(METRE_A_PIXEL,
                List.of(new StyledLayer(points, s)), Color.WHITE);
        List<Rectangle2D> boxes = r.labelBoxes();
        assertThat(boxes).isNotEmpty().hasSizeLessThan(points.size());
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                assertThat(boxes.get(i).intersects(boxes.get(j))).as("boxes %d and %d", i, j).isFalse();
            }
        }
        int dark = 0;
        for (int x = 0; x < 100; x++) {
            for (int y = 0; y < 100; y++) {
                if ((argb(r.image(), x, y) & 0xff) < 64) {
                    dark++;
                }
            }
        }
        assertThat(dark).as("text pixels drawn").isGreaterThan(20);
    }

    @Test
    void parcelLabelsShowOnlyWhenZoomedIn() {
        Style parcels = new StyleLibrary().style("parcels").orElseThrow();
        RenderFeature parcel = feature("P1", "POLYGON ((0 0, 100 0, 100 100, 0 100, 0 0))",
                Map.of("zoning", "green", "name", "WWWWWW"));
        MapView near = new MapView(new Envelope(0, 100, 0, 100), 200, 200, false);
        MapView far = new MapView(new Envelope(-5000, 5000, -5000, 5000), 200, 200, false);
        assertThat(renderer.renderWithLabels(near, List.of(new StyledLayer(List.of(parcel), parcels)), null).labelBoxes())
                .hasSize(1);
        assertThat(renderer.renderWithLabels(far, List.of(new StyledLayer(List.of(parcel), parcels)), null).labelBoxes())
                .isEmpty();
    }

    @Test
    void pngEncodingKeepsEveryPixel() throws Exception {
        Style s = style("<Rule><PolygonSymbolizer><Fill><CssParameter name=\"fill\">#336699</CssParameter>"
                + "<CssParameter name=\"fill-opacity\">0.4</CssParameter></Fill><Stroke><CssParameter name=\"stroke\">#000000</CssParameter>"
                + "</Stroke></PolygonSymbolizer></Rule>");
        RenderFeature tri = feature("t", "POLYGON ((5 5, 95 20, 40 90, 5 5))", Map.of());
        BufferedImage image = renderer.render(METRE_A_PIXEL, List.of(new StyledLayer(List.of(tri), s)), null);
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(image, false)));
        for (int x = 0; x < 100; x++) {
            for (int y = 0; y < 100; y++) {
                int expected = image.getRGB(x, y);
                int actual = decoded.getRGB(x, y);
                if (expected >>> 24 == 0) {
                    assertThat(actual >>> 24).isZero();
                } else {
                    assertThat(actual).as("pixel %d,%d", x, y).isEqualTo(expected);
                }
            }
        }
        BufferedImage opaque = renderer.render(METRE_A_PIXEL, List.of(new StyledLayer(List.of(tri), s)), Color.WHITE);
        BufferedImage decodedOpaque = ImageIO.read(new ByteArrayInputStream(PngEncoder.encode(opaque, true)));
        assertThat(decodedOpaque.getColorModel().hasAlpha()).isFalse();
        assertThat(decodedOpaque.getRGB(40, 50)).isEqualTo(opaque.getRGB(40, 50));
    }

    @Test
    void legendHasARowPerRule() {
        Style parcels = new StyleLibrary().style("parcels").orElseThrow();
        BufferedImage legend = new LegendRenderer().render(parcels.rules());
        assertThat(legend.getHeight()).isEqualTo(parcels.rules().size() * (LegendRenderer.ICON_PX + 4));
        assertThat(legend.getWidth()).isGreaterThan(100);
        // the first row's sample is the first rule's fill (light industry, #c9a6e0 at 0.75)
        Color sample = new Color(legend.getRGB(12, 12), true);
        assertThat(sample.getRed()).isCloseTo(0xc9, within(2));
        assertThat(sample.getAlpha()).isCloseTo(191, within(2));
    }

    @Test
    void legendTitlesInThreeLanguagesShowTheOneAsked() {
        var green = new StyleLibrary().style("parcels").orElseThrow().rules().stream()
                .filter(r -> "green".equals(r.name())).findFirst().orElseThrow();
        assertThat(LegendRenderer.label(green, 0)).isEqualTo("Green buffer");
        assertThat(LegendRenderer.label(green, 1)).isEqualTo("Зелёный буфер");
        assertThat(LegendRenderer.label(green, 2)).isEqualTo("绿化隔离带");
        var link = new StyleLibrary().style("exchange-links").orElseThrow().rules().get(0);
        assertThat(LegendRenderer.label(link, 1)).isEqualTo(link.title());
    }

    @Test
    void hitTestFindsAreasUnderAndLinesNearTheClick() {
        RenderFeature area = feature("area", "POLYGON ((0 0, 50 0, 50 50, 0 50, 0 0))", Map.of());
        RenderFeature line = feature("line", "LINESTRING (0 30.5, 100 30.5)", Map.of());
        List<RenderFeature> all = List.of(area, line);
        // pixel (20, 70) is map (20.5, 29.5): inside the area, 1 m from the line
        assertThat(FeatureHitTest.hits(all, METRE_A_PIXEL, 20, 70, 3, 10)).extracting(RenderFeature::id)
                .containsExactly("area", "line");
        assertThat(FeatureHitTest.hits(all, METRE_A_PIXEL, 80, 69, 3, 10)).extracting(RenderFeature::id)
                .containsExactly("line");
        assertThat(FeatureHitTest.hits(all, METRE_A_PIXEL, 80, 10, 3, 10)).isEmpty();
        assertThat(FeatureHitTest.hits(all, METRE_A_PIXEL, 20, 70, 3, 1)).hasSize(1);
    }
}
