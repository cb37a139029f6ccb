package org.symbiopark.park;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.geo.SisCoordinateTransforms;
import org.symbiopark.park.io.ParkGeoJsonReader;
import org.symbiopark.park.io.ParkGeoJsonWriter;

class ParkGeneratorTest {

    private static final CoordinateTransforms TRANSFORMS = new SisCoordinateTransforms();
    private final ParkGenerator generator = new ParkGenerator(ResourceCatalog.loadDefault(), 134.85, 48.38);

    @Test
    void theSameSeedGivesTheSamePark() {
        assertThat(generator.generate("g", 50, 10, 7)).isEqualTo(generator.generate("g", 50, 10, 7));
        assertThat(generator.generate("g", 50, 10, 7)).isNotEqualTo(generator.generate("g", 50, 10, 8));
    }

    @Test
    void parcelsAreDisjointSquaresOfAboutOnePointFourHectares() {
        ParkData park = generator.generate("g", 30, 5, 1);
        MetricMeasures measures = new MetricMeasures(TRANSFORMS);

        assertThat(park.parcels()).hasSize(30);
        for (int i = 0; i < park.parcels().size(); i++) {
            Parcel a = park.parcels().get(i);
            assertThat(measures.areaM2(a.geometry(), 32653)).isBetween(14_400 * 0.99, 14_400 * 1.01);
            for (int j = i + 1; j < park.parcels().size(); j++) {
                assertThat(a.geometry().intersects(park.parcels().get(j).geometry())).isFalse();
            }
        }
        assertThat(park.plants()).allSatisfy(p -> {
            Parcel site = park.parcels().stream().filter(s -> s.id().equals(p.parcelId())).findFirst().orElseThrow();
            assertThat(site.geometry().contains(p.geometry())).isTrue();
        });
    }

    @Test
    void aGeneratedParkPassesTheImportRules() {
        ParkData park = generator.generate("g", 100, 20, 3);
        ParkGeoJsonReader reader = new ParkGeoJsonReader(ResourceCatalog.loadDefault(), TRANSFORMS,
                new ParkRules(new MetricMeasures(TRANSFORMS)));

        ParkData read = reader.readPark(new ParkGeoJsonWriter().park(park));

        assertThat(read.parcels()).hasSize(100);
        assertThat(read.plants()).isEqualTo(park.plants());
        assertThat(read.corridors()).hasSize(park.corridors().size());
    }
}
