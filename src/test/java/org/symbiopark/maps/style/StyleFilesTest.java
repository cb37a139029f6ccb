package org.symbiopark.maps.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.symbiopark.maps.IndustryGroup;
import org.symbiopark.maps.OgcSchemas;

/** Every SLD file in styles/: valid SLD 1.0.0, read by our reader, and drawing what it says it draws. */
class StyleFilesTest {

    private static final Path STYLES = Path.of("styles");

    static Stream<Path> files() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(STYLES)) {
            files = s.filter(p -> p.toString().endsWith(".sld")).sorted().toList();
        }
        assertThat(files).extracting(p -> p.getFileName().toString()).contains("parcels.sld", "plants.sld",
                "pipelines.sld", "corridors.sld", "exchange-links.sld", "routes.sld");
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("files")
    void isValidSld100(Path file) throws IOException {
        assertThat(OgcSchemas.errors(OgcSchemas.SLD, Files.readString(file, StandardCharsets.UTF_8)))
                .as(file.toString()).isEmpty();
    }

    @Test
    void theSchemaCheckCatchesAnInvalidSld() {
        String misordered = """
                <StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
                  <NamedLayer><Name>x</Name><UserStyle><FeatureTypeStyle><Rule>
                    <LineSymbolizer/><Name>name after a symbolizer</Name>
                  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
                </StyledLayerDescriptor>
                """;
        assertThat(OgcSchemas.errors(OgcSchemas.SLD, misordered)).isNotEmpty();
    }

    @ParameterizedTest
    @MethodSource("files")
    void loadsWithRulesThatAllHaveTitles(Path file) throws IOException {
        Style style;
        try (InputStream in = Files.newInputStream(file)) {
            style = SldReader.read(in, file.toString());
        }
        assertThat(style.name()).isNotBlank();
        assertThat(style.rules()).isNotEmpty().allSatisfy(r -> {
            assertThat(r.title()).isNotBlank();
            assertThat(r.symbolizers()).isNotEmpty();
        });
    }

    @Test
    void theLibraryServesEveryLayerStyleFromTheClassPath() {
        StyleLibrary library = new StyleLibrary();
        for (String name : List.of("parcels", "plants", "pipelines", "corridors", "exchange-links", "routes")) {
            assertThat(library.style(name)).as(name).isPresent();
        }
        assertThat(library.style("nope")).isEmpty();
        assertThat(library.style("../application")).isEmpty();
        assertThat(library.style("parcels").get()).isSameAs(library.style("parcels").get());
    }

    @Test
    void plantsAreColouredByEveryIndustryGroupAndProposedOnesAreMarked() {
        Style plants = new StyleLibrary().style("plants").orElseThrow();
        List<Rule> byGroup = plants.featureTypeStyles().get(0);
        for (String group : List.of(IndustryGroup.ENERGY, IndustryGroup.WATER_WASTE, IndustryGroup.FOOD,
                IndustryGroup.WOOD_PAPER, IndustryGroup.CHEMICALS, IndustryGroup.MINERALS, IndustryGroup.METALS,
                IndustryGroup.MACHINERY, IndustryGroup.OTHER_MANUFACTURING, IndustryGroup.AGRICULTURE,
                IndustryGroup.LOGISTICS)) {
            assertThat(byGroup.stream().filter(r -> !r.elseFilter() && r.matches(Map.of("industryGroup", group))))
                    .as(group).hasSize(1);
        }
        assertThat(byGroup).filteredOn(Rule::elseFilter).hasSize(1);
        Rule proposed = plants.featureTypeStyles().get(1).get(0);
        assertThat(proposed.matches(Map.of("status", "proposed"))).isTrue();
        assertThat(proposed.matches(Map.of("status", "existing"))).isFalse();
    }

    @Test
    void pipelinesAreDashedWhenProposed() {
        Style pipelines = new StyleLibrary().style("pipelines").orElseThrow();
        Rule existing = only(pipelines, Map.of("carrier", "steam", "status", "existing"));
        Rule proposed = only(pipelines, Map.of("carrier", "steam", "status", "proposed"));
        assertThat(((Symbolizer.LineSymbolizer) existing.symbolizers().get(0)).stroke().dashPx()).isNull();
        assertThat(((Symbolizer.LineSymbolizer) proposed.symbolizers().get(0)).stroke().dashPx()).isNotNull();
    }

    @Test
    void exchangeLinksWidenWithQuantity() {
        Style links = new StyleLibrary().style("exchange-links").orElseThrow();
        float small = width(only(links, Map.of("resource", "steam", "quantity", 500.0)));
        float medium = width(only(links, Map.of("resource", "steam", "quantity", 5000.0)));
        float large = width(only(links, Map.of("resource", "steam", "quantity", 50000.0)));
        float huge = width(only(links, Map.of("resource", "steam", "quantity", 150000.0)));
        assertThat(small).isLessThan(medium);
        assertThat(medium).isLessThan(large);
        assertThat(large).isLessThan(huge);
        Rule water = only(links, Map.of("resource", "cooling_water", "quantity", 5000.0));
        Rule material = only(links, Map.of("resource", "fly_ash", "quantity", 5000.0));
        assertThat(color(water)).isNotEqualTo(color(material));
    }

    @Test
    void routesWidenWithDiameter() {
        Style routes = new StyleLibrary().style("routes").orElseThrow();
        assertThat(width(only(routes, Map.of("diameterMm", 80)))).isLessThan(width(only(routes, Map.of("diameterMm", 450))));
    }

    private static Rule only(Style style, Map<String, ?> properties) {
        List<Rule> rules = style.featureTypeStyles().get(0).stream()
                .filter(r -> !r.elseFilter() && r.matches(properties)).toList();
        assertThat(rules).as(properties.toString()).hasSize(1);
        return rules.get(0);
    }

    private static float width(Rule r) {
        return ((Symbolizer.LineSymbolizer) r.symbolizers().get(0)).stroke().widthPx();
    }

    private static java.awt.Color color(Rule r) {
        return ((Symbolizer.LineSymbolizer) r.symbolizers().get(0)).stroke().color();
    }
}
