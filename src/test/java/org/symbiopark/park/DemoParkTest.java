package org.symbiopark.park;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.geo.SisCoordinateTransforms;
import org.symbiopark.park.io.ParkGeoJsonReader;

/** The demo data in data/ passes every rule an import applies and holds what the issue asked for. */
class DemoParkTest {

    private static final CoordinateTransforms TRANSFORMS = new SisCoordinateTransforms();

    @Test
    void bolshoyUssuriyskyParkReadsCleanAndHasTheRequestedShape() throws IOException {
        ParkGeoJsonReader reader = new ParkGeoJsonReader(ResourceCatalog.loadDefault(), TRANSFORMS,
                new ParkRules(new MetricMeasures(TRANSFORMS)));
        ParkData park;
        try (InputStream in = DemoParkTest.class.getResourceAsStream("/data/parks/bolshoy-ussuriysky.geojson")) {
            park = reader.readPark(in);
        }

        assertThat(park.parcels()).hasSizeBetween(40, 80);
        assertThat(park.plants()).hasSizeBetween(12, 20);
        Set<ZoningClass> zoning = new HashSet<>();
        park.parcels().forEach(p -> zoning.add(p.zoning()));
        assertThat(zoning).contains(ZoningClass.INDUSTRIAL_LIGHT, ZoningClass.INDUSTRIAL_HEAVY, ZoningClass.CHEMICAL,
                ZoningClass.LOGISTICS, ZoningClass.UTILITY, ZoningClass.GREEN, ZoningClass.RESIDENTIAL);
        assertThat(park.corridors()).anySatisfy(c -> assertThat(c.kind()).isEqualTo(CorridorKind.RIVER));
        assertThat(park.corridors()).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(CorridorKind.PROTECTED);
            assertThat(c.forbidsPipes()).isTrue();
        });
        assertThat(park.corridors()).anySatisfy(c -> assertThat(c.kind()).isEqualTo(CorridorKind.ROAD));
        // Every plant has yearly streams, and both haves and wants exist for exchanges to match.
        assertThat(park.plants()).allSatisfy(p -> assertThat(p.streams()).isNotEmpty());
        assertThat(park.plants().stream().flatMap(p -> p.streams().stream()).map(ResourceStream::direction))
                .contains(Direction.IN, Direction.OUT);
        // Around 48.38 N, 134.85 E: the island between Khabarovsk and the Chinese bank.
        var centre = park.parcels().get(0).geometry().getCentroid();
        assertThat(centre.getY()).isBetween(48.2, 48.5);
        assertThat(centre.getX()).isBetween(134.5, 135.1);
    }

    @Test
    void overseasZonesArePointsWithNameCountryAndIndustries() throws IOException {
        JsonNode fc;
        try (InputStream in = DemoParkTest.class.getResourceAsStream("/data/sites/overseas-zones.geojson")) {
            fc = new ObjectMapper().readTree(in);
        }
        assertThat(fc.get("type").asText()).isEqualTo("FeatureCollection");
        assertThat(fc.get("features").size()).isBetween(10, 25);
        for (JsonNode f : fc.get("features")) {
            assertThat(f.at("/geometry/type").asText()).isEqualTo("Point");
            double lon = f.at("/geometry/coordinates/0").asDouble();
            double lat = f.at("/geometry/coordinates/1").asDouble();
            assertThat(lon).isBetween(-180.0, 180.0);
            assertThat(lat).isBetween(-90.0, 90.0);
            assertThat(f.at("/properties/name").asText()).isNotBlank();
            assertThat(f.at("/properties/country").asText()).isNotBlank();
            assertThat(f.at("/properties/industries").isArray()).isTrue();
        }
    }
}
