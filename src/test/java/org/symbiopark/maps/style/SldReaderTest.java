package org.symbiopark.maps.style;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SldReaderTest {

    private static final String HEAD = """
            <?xml version="1.0" encoding="UTF-8"?>
            <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
              <NamedLayer><Name>t</Name><UserStyle><Name>s</Name><Title>Test</Title><FeatureTypeStyle>
            """;
    private static final String TAIL = "</FeatureTypeStyle></UserStyle></NamedLayer></StyledLayerDescriptor>\n";

    private static Style read(String rules) {
        return SldReader.read(new ByteArrayInputStream((HEAD + rules + TAIL).getBytes(StandardCharsets.UTF_8)), "t.sld");
    }

    private static Filter filter(String ogc) {
        Style s = read("<Rule><ogc:Filter>" + ogc + "</ogc:Filter><LineSymbolizer/></Rule>");
        return s.rules().get(0).filter();
    }

    private static Map<String, Object> props(Object... kv) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    @Test
    void comparisonsCompareNumbersAsNumbersAndTextAsText() {
        Filter lt = filter("<ogc:PropertyIsLessThan><ogc:PropertyName>q</ogc:PropertyName><ogc:Literal>1000</ogc:Literal></ogc:PropertyIsLessThan>");
        assertThat(lt.test(props("q", 999.5))).isTrue();
        assertThat(lt.test(props("q", 1000))).isFalse();
        assertThat(lt.test(props("q", "200"))).isTrue(); // 200 < 1000 as numbers, though "200" > "1000" as text
        assertThat(lt.test(props())).isFalse();
        Filter ge = filter("<ogc:PropertyIsGreaterThanOrEqualTo><ogc:PropertyName>q</ogc:PropertyName><ogc:Literal>10</ogc:Literal></ogc:PropertyIsGreaterThanOrEqualTo>");
        assertThat(ge.test(props("q", 10))).isTrue();
        assertThat(ge.test(props("q", 9.99))).isFalse();
        Filter gt = filter("<ogc:PropertyIsGreaterThan><ogc:PropertyName>q</ogc:PropertyName><ogc:Literal>10</ogc:Literal></ogc:PropertyIsGreaterThan>");
        assertThat(gt.test(props("q", 10))).isFalse();
        Filter le = filter("<ogc:PropertyIsLessThanOrEqualTo><ogc:PropertyName>q</ogc:PropertyName><ogc:Literal>10</ogc:Literal></ogc:PropertyIsLessThanOrEqualTo>");
        assertThat(le.test(props("q", 10))).isTrue();
        Filter eq = filter("<ogc:PropertyIsEqualTo><ogc:PropertyName>z</ogc:PropertyName><ogc:Literal>green</ogc:Literal></ogc:PropertyIsEqualTo>");
        assertThat(eq.test(props("z", "green"))).isTrue();
        assertThat(eq.test(props("z", "Green"))).isFalse();
        Filter ne = filter("<ogc:PropertyIsNotEqualTo><ogc:PropertyName>z</ogc:PropertyName><ogc:Literal>green</ogc:Literal></ogc:PropertyIsNotEqualTo>");
        assertThat(ne.test(props("z", "red"))).isTrue();
        assertThat(ne.test(props("z", "green"))).isFalse();
        assertThat(ne.test(props())).isTrue();
    }

    @Test
    void betweenIncludesBothBounds() {
        Filter between = filter("<ogc:PropertyIsBetween><ogc:PropertyName>d</ogc:PropertyName>"
                + "<ogc:LowerBoundary><ogc:Literal>100</ogc:Literal></ogc:LowerBoundary>"
                + "<ogc:UpperBoundary><ogc:Literal>200</ogc:Literal></ogc:UpperBoundary></ogc:PropertyIsBetween>");
        assertThat(between.test(props("d", 100))).isTrue();
        assertThat(between.test(props("d", 200))).isTrue();
        assertThat(between.test(props("d", 99.9))).isFalse();
        assertThat(between.test(props("d", 200.1))).isFalse();
    }

    @Test
    void likeUsesThePatternsOwnWildCards() {
        Filter like = filter("<ogc:PropertyIsLike wildCard=\"%\" singleChar=\"_\" escape=\"\\\">"
                + "<ogc:PropertyName>i</ogc:PropertyName><ogc:Literal>C16%</ogc:Literal></ogc:PropertyIsLike>");
        assertThat(like.test(props("i", "C1610"))).isTrue();
        assertThat(like.test(props("i", "C1020"))).isFalse();
        Filter single = filter("<ogc:PropertyIsLike wildCard=\"*\" singleChar=\"?\" escape=\"!\">"
                + "<ogc:PropertyName>i</ogc:PropertyName><ogc:Literal>D35?0</ogc:Literal></ogc:PropertyIsLike>");
        assertThat(single.test(props("i", "D3510"))).isTrue();
        assertThat(single.test(props("i", "D35100"))).isFalse();
        Filter dot = filter("<ogc:PropertyIsLike wildCard=\"*\" singleChar=\"?\" escape=\"!\">"
                + "<ogc:PropertyName>i</ogc:PropertyName><ogc:Literal>a.b!*</ogc:Literal></ogc:PropertyIsLike>");
        assertThat(dot.test(props("i", "a.b*"))).isTrue();
        assertThat(dot.test(props("i", "axb*"))).isFalse();
        assertThat(dot.test(props("i", "a.bc"))).isFalse();
    }

    @Test
    void logicalOperatorsCombine() {
        Filter f = filter("<ogc:And>"
                + "<ogc:Or><ogc:PropertyIsEqualTo><ogc:PropertyName>c</ogc:PropertyName><ogc:Literal>steam</ogc:Literal></ogc:PropertyIsEqualTo>"
                + "<ogc:PropertyIsEqualTo><ogc:PropertyName>c</ogc:PropertyName><ogc:Literal>hot_water</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Or>"
                + "<ogc:Not><ogc:PropertyIsEqualTo><ogc:PropertyName>s</ogc:PropertyName><ogc:Literal>proposed</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Not>"
                + "</ogc:And>");
        assertThat(f.test(props("c", "steam", "s", "existing"))).isTrue();
        assertThat(f.test(props("c", "hot_water"))).isTrue();
        assertThat(f.test(props("c", "steam", "s", "proposed"))).isFalse();
        assertThat(f.test(props("c", "co2", "s", "existing"))).isFalse();
    }

    @Test
    void readsSymbolizerParametersScalesAndElseFilter() {
        Style s = read("""
                <Rule><Name>a</Name><Title>A</Title><MinScaleDenominator>1000</MinScaleDenominator>
                  <MaxScaleDenominator>50000</MaxScaleDenominator>
                  <LineSymbolizer><Stroke><CssParameter name="stroke">#ff0000</CssParameter>
                    <CssParameter name="stroke-width">2.5</CssParameter><CssParameter name="stroke-opacity">0.5</CssParameter>
                    <CssParameter name="stroke-dasharray">5 2</CssParameter><CssParameter name="stroke-linecap">round</CssParameter>
                    <CssParameter name="stroke-linejoin">bevel</CssParameter></Stroke></LineSymbolizer></Rule>
                <Rule><ElseFilter/><PointSymbolizer><Graphic><Mark><WellKnownName>star</WellKnownName>
                  <Fill><CssParameter name="fill">#00ff00</CssParameter></Fill></Mark><Size>9</Size><Rotation>45</Rotation>
                  </Graphic></PointSymbolizer>
                  <TextSymbolizer><Label>No. <ogc:PropertyName>id</ogc:PropertyName></Label>
                    <Font><CssParameter name="font-size">13</CssParameter><CssParameter name="font-weight">bold</CssParameter></Font>
                    <LabelPlacement><PointPlacement><AnchorPoint><AnchorPointX>0</AnchorPointX><AnchorPointY>1</AnchorPointY></AnchorPoint>
                    <Displacement><DisplacementX>3</DisplacementX><DisplacementY>-4</DisplacementY></Displacement></PointPlacement></LabelPlacement>
                    <Halo><Radius>2</Radius><Fill><CssParameter name="fill">#ffff00</CssParameter></Fill></Halo></TextSymbolizer></Rule>
                """);
        Rule a = s.rules().get(0);
        assertThat(a.appliesAt(999)).isFalse();
        assertThat(a.appliesAt(1000)).isTrue();
        assertThat(a.appliesAt(49999)).isTrue();
        assertThat(a.appliesAt(50000)).isFalse();
        Stroke stroke = ((Symbolizer.LineSymbolizer) a.symbolizers().get(0)).stroke();
        assertThat(stroke.color()).isEqualTo(new Color(255, 0, 0, 128));
        assertThat(stroke.widthPx()).isEqualTo(2.5f);
        assertThat(stroke.dashPx()).containsExactly(5f, 2f);
        assertThat(stroke.cap()).isEqualTo(BasicStroke.CAP_ROUND);
        assertThat(stroke.join()).isEqualTo(BasicStroke.JOIN_BEVEL);
        Rule b = s.rules().get(1);
        assertThat(b.elseFilter()).isTrue();
        var mark = (Symbolizer.PointSymbolizer) b.symbolizers().get(0);
        assertThat(mark.wellKnownName()).isEqualTo("star");
        assertThat(mark.sizePx()).isEqualTo(9);
        assertThat(mark.rotationDeg()).isEqualTo(45);
        var text = (Symbolizer.TextSymbolizer) b.symbolizers().get(1);
        assertThat(text.label()).containsExactly(new Expression.Literal("No."), new Expression.Property("id"));
        assertThat(text.fontSizePx()).isEqualTo(13f);
        assertThat(text.anchorY()).isEqualTo(1);
        assertThat(text.displacementY()).isEqualTo(-4);
        assertThat(text.haloRadiusPx()).isEqualTo(2);
        assertThat(text.haloFill().color()).isEqualTo(Color.YELLOW);
    }

    @Test
    void errorsNameTheFileAndLine() {
        assertThatThrownBy(() -> read("<Rule>\n<LineSymbolizer><Stroke><CssParameter name=\"stroke\">red</CssParameter></Stroke></LineSymbolizer></Rule>"))
                .isInstanceOf(SldException.class).hasMessageStartingWith("t.sld:5: ").hasMessageContaining("#rrggbb");
        assertThatThrownBy(() -> read("<Rule>\n\n<ogc:Filter><ogc:Intersects/></ogc:Filter><LineSymbolizer/></Rule>"))
                .hasMessageStartingWith("t.sld:6: ").hasMessageContaining("Intersects");
        assertThatThrownBy(() -> read("<Rule><LineSymbolizer></Rule>"))
                .isInstanceOf(SldException.class).hasMessageStartingWith("t.sld:4: not well-formed");
        assertThatThrownBy(() -> read("<Rule><Name>no symbolizer</Name></Rule>"))
                .hasMessageContaining("without a symbolizer");
    }

    @Test
    void refusesDoctypesSoNoExternalEntityIsRead() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE foo [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                + "<StyledLayerDescriptor xmlns=\"http://www.opengis.net/sld\"><NamedLayer><Name>&x;</Name></NamedLayer></StyledLayerDescriptor>";
        assertThatThrownBy(() -> SldReader.read(new ByteArrayInputStream(xxe.getBytes(StandardCharsets.UTF_8)), "evil.sld"))
                .isInstanceOf(SldException.class).hasMessageStartingWith("evil.sld:2:").hasMessageContaining("DOCTYPE");
    }
}
