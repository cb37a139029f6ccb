package org.symbiopark.park.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.geo.SisCoordinateTransforms;
import org.symbiopark.park.CorridorKind;
import org.symbiopark.park.Direction;
import org.symbiopark.park.InvalidParkException;
import org.symbiopark.park.Layer;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkRules;
import org.symbiopark.park.Plant;
import org.symbiopark.park.Violation;

class ParkGeoJsonReaderTest {

    private static final CoordinateTransforms TRANSFORMS = new SisCoordinateTransforms();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ParkGeoJsonReader reader = new ParkGeoJsonReader(ResourceCatalog.loadDefault(), TRANSFORMS,
            new ParkRules(new MetricMeasures(TRANSFORMS)));

    @Test
    void readsEveryLayerOfTheSmallPark() throws IOException {
        ParkData park = reader.readPark(fixture());

        assertThat(park.park().id()).isEqualTo("small-park");
        assertThat(park.park().languages()).containsExactly("ru", "zh", "en");
        assertThat(park.parcels()).extracting(f -> f.id()).containsExactly("p1", "p2");
        assertThat(park.plants()).extracting(f -> f.id()).containsExactly("chp", "greenhouse");
        Plant chp = park.plants().get(0);
        assertThat(chp.streams()).hasSize(3);
        assertThat(chp.streams().get(0).direction()).isEqualTo(Direction.OUT);
        assertThat(chp.streams().get(0).unit()).isEqualTo("kt");
        assertThat(chp.streams().get(0).temperatureC()).isEqualTo(240.0);
        assertThat(chp.streams().get(2).unit()).as("a stream without unit gets the catalog unit").isEqualTo("m3");
        assertThat(park.plants().get(1).geometry()).as("a proposed plant may have no site yet").isNull();
        assertThat(park.corridors().get(0).kind()).isEqualTo(CorridorKind.ROAD);
        assertThat(park.corridors().get(0).costFactor()).isEqualTo(CorridorKind.ROAD.defaultCostFactor());
        assertThat(park.corridors().get(1).forbidsPipes()).isTrue();
    }

    @Test
    void writerOutputReadsBackToTheSamePark() throws IOException {
        ParkData first = reader.readPark(fixture());
        ObjectNode written = new ParkGeoJsonWriter().park(first);
        ParkData second = reader.readPark(written);

        assertThat(second.park()).isEqualTo(first.park());
        assertThat(second.plants()).isEqualTo(first.plants());
        assertThat(second.corridors()).isEqualTo(first.corridors());
        for (int i = 0; i < first.parcels().size(); i++) {
            assertThat(second.parcels().get(i).geometry().equalsExact(first.parcels().get(i).geometry())).isTrue();
        }
    }

    @Test
    void coordinatesInAProjectedCrsComeOutInWgs84() throws IOException {
        // 134.85 E, 48.38 N lies in UTM zone 53N; the point below was placed there with cs2cs.
        JsonNode feature = JSON.readTree("""
                {"type":"Feature","geometry":{"type":"Point","coordinates":[488893.095, 5358547.918]},
                 "properties":{"id":"x","status":"existing"}}""");
        Plant plant = reader.readFeature(feature, Layer.PLANTS, "EPSG:32653");
        Point p = (Point) plant.geometry();
        assertThat(p.getX()).isCloseTo(134.85, within(1e-5));
        assertThat(p.getY()).isCloseTo(48.38, within(1e-5));
        assertThat(p.getSRID()).isEqualTo(4326);
    }

    @Test
    void reportsEveryViolationWithFeatureIndexIdAndField() throws IOException {
        String file = """
                {"type":"FeatureCollection","park":{"name":"Bad"},"features":[
                 {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[134.85,48.38],[134.86,48.39],[134.86,48.38],[134.85,48.39],[134.85,48.38]]]},
                  "properties":{"layer":"parcel","id":"bowtie","zoning":"industrial-light"}},
                 {"type":"Feature","geometry":{"type":"Polygon","coordinates":[[[134.85,48.38],[134.86,48.38],[134.86,48.39],[134.85,48.38]]]},
                  "properties":{"layer":"pipeline","id":"pipe-as-polygon","carrier":"steam"}},
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[134.85,91]},
                  "properties":{"layer":"plant","id":"north-of-the-pole","status":"existing"}},
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[134.85,"NaN"]},
                  "properties":{"layer":"plant","id":"nan","status":"existing"}},
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[134.85,48.38]},
                  "properties":{"layer":"plant","id":"bad-streams","status":"existing","streams":[
                    {"direction":"OUT","resource":"steam","quantity":-5},
                    {"direction":"IN","resource":"unobtainium","quantity":5},
                    {"direction":"IN","resource":"fly_ash","quantity":5,"unit":"MWh"}]}}
                ]}""";
        assertThatThrownBy(() -> reader.readPark(stream(file)))
                .isInstanceOfSatisfying(InvalidParkException.class, e -> {
                    List<Violation> v = e.violations();
                    assertThat(v).anySatisfy(x -> {
                        assertThat(x.featureIndex()).isEqualTo(0);
                        assertThat(x.featureId()).isEqualTo("bowtie");
                        assertThat(x.field()).isEqualTo("geometry");
                        assertThat(x.reason()).containsIgnoringCase("self-intersection");
                    });
                    assertThat(v).anySatisfy(x -> {
                        assertThat(x.featureIndex()).isEqualTo(1);
                        assertThat(x.reason()).contains("Polygon").contains("LineString");
                    });
                    assertThat(v).anySatisfy(x -> {
                        assertThat(x.featureId()).isEqualTo("north-of-the-pole");
                        assertThat(x.field()).isEqualTo("geometry");
                    });
                    assertThat(v).anySatisfy(x -> {
                        assertThat(x.featureId()).isEqualTo("nan");
                        assertThat(x.reason()).contains("not a number");
                    });
                    assertThat(v).anySatisfy(x -> {
                        assertThat(x.field()).isEqualTo("properties.streams[0].quantity");
                        assertThat(x.reason()).contains("negative");
                    });
                    assertThat(v).anySatisfy(x -> {
                        assertThat(x.field()).isEqualTo("properties.streams[1].resource");
                        assertThat(x.reason()).contains("unobtainium");
                    });
                    assertThat(v).anySatisfy(x -> {
                        assertThat(x.field()).isEqualTo("properties.streams[2].unit");
                        assertThat(x.reason()).contains("MWh").contains("t");
                    });
                });
    }

    @Test
    void aHazardClassWithoutABufferGetsTheSanPinDefault() throws IOException {
        JsonNode feature = JSON.readTree("""
                {"type":"Feature","geometry":{"type":"Point","coordinates":[134.85, 48.38]},
                 "properties":{"id":"kiln","status":"existing","hazardClass":2}}""");
        assertThat(reader.readFeature(feature, Layer.PLANTS, null).safetyBufferM()).isEqualTo(500.0);

        ((ObjectNode) feature.get("properties")).put("safetyBufferM", 120);
        assertThat(reader.readFeature(feature, Layer.PLANTS, null).safetyBufferM()).isEqualTo(120.0);
    }

    @Test
    void unknownCrsIsReportedOnTheCrsMember() {
        String file = """
                {"type":"FeatureCollection","park":{"name":"x"},
                 "crs":{"type":"name","properties":{"name":"EPSG:999999"}},"features":[]}""";
        assertThatThrownBy(() -> reader.readPark(stream(file)))
                .isInstanceOfSatisfying(InvalidParkException.class,
                        e -> assertThat(e.violations()).extracting(Violation::field).contains("crs"));
    }

    @Test
    void duplicateIdsAndDanglingParcelReferencesAreRefused() {
        String file = """
                {"type":"FeatureCollection","park":{"name":"x"},"features":[
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[134.85,48.38]},
                  "properties":{"layer":"plant","id":"a","status":"existing","parcelId":"nowhere"}},
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[134.85,48.38]},
                  "properties":{"layer":"plant","id":"a","status":"existing"}}]}""";
        assertThatThrownBy(() -> reader.readPark(stream(file)))
                .isInstanceOfSatisfying(InvalidParkException.class, e -> {
                    assertThat(e.violations()).anySatisfy(v -> {
                        assertThat(v.featureIndex()).isEqualTo(1);
                        assertThat(v.reason()).contains("duplicate id");
                    });
                    assertThat(e.violations()).anySatisfy(v -> assertThat(v.field()).isEqualTo("properties.parcelId"));
                });
    }

    @Test
    void malformedJsonSaysWhere() {
        assertThatThrownBy(() -> reader.readPark(stream("{\"type\": \"FeatureCollection\",\n \"features\": [}")))
                .isInstanceOfSatisfying(InvalidParkException.class,
                        e -> assertThat(e.getMessage()).contains("malformed JSON at line 2"));
    }

    private static InputStream fixture() {
        return ParkGeoJsonReaderTest.class.getResourceAsStream("/park/small-park.geojson");
    }

    private static InputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
