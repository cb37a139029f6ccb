package org.symbiopark.park;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.PrecisionModel;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.geo.SisCoordinateTransforms;
import org.symbiopark.park.io.ParkGeoJsonReader;
import org.symbiopark.store.DuplicateIdException;
import org.symbiopark.store.geopackage.GeoPackageParkStore;

class ParkServiceTest {

    private static final CoordinateTransforms TRANSFORMS = new SisCoordinateTransforms();
    private static final MetricMeasures MEASURES = new MetricMeasures(TRANSFORMS);
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    @TempDir
    Path dir;

    private GeoPackageParkStore store;
    private ParkService service;
    private ParkGeoJsonReader reader;

    @BeforeEach
    void setUp() {
        store = new GeoPackageParkStore(dir.resolve("parks.gpkg"));
        ParkRules rules = new ParkRules(MEASURES);
        service = new ParkService(store, TRANSFORMS, MEASURES, rules);
        reader = new ParkGeoJsonReader(ResourceCatalog.loadDefault(), TRANSFORMS, rules);
    }

    @AfterEach
    void tearDown() throws Exception {
        store.close();
    }

    @Test
    void importComputesAreasAndLengthsInTheDefaultUtmZone() {
        String id = service.importPark(smallPark());

        Park park = service.getPark(id);
        assertThat(park.workSrid()).as("134.85 E lies in UTM zone 53N").isEqualTo(32653);
        Parcel p1 = service.getFeature(id, Layer.PARCELS, "p1");
        // 0.002° of longitude × 0.001° of latitude at 48.38 N ≈ 147.9 m × 111.2 m.
        assertThat(p1.areaM2()).isCloseTo(16_450, within(100.0));
        assertThat(p1.areaM2()).isCloseTo(MEASURES.areaM2(p1.geometry(), 32653), within(1e-6));
        Pipeline pipe = service.getFeature(id, Layer.PIPELINES, "steam-1");
        assertThat(pipe.lengthM()).isCloseTo(221.9, within(1.0));
    }

    @Test
    void importOfATakenParkIdIsRefusedAndWritesNothing() {
        service.importPark(smallPark());
        Map<String, Long> before = store.rowCounts();

        assertThatThrownBy(() -> service.importPark(smallPark())).isInstanceOf(DuplicateIdException.class);
        assertThat(store.rowCounts()).isEqualTo(before);
    }

    @Test
    void aPlantOnAnUnknownParcelIsRefused() {
        String id = service.importPark(smallPark());
        Map<String, Long> before = store.rowCounts();
        Plant plant = new Plant("kiln", "Kiln", "C2394", DevelopmentStatus.PROPOSED, null, 5000.0, null, 0,
                List.of(), "no-such-parcel", List.of());

        assertThatThrownBy(() -> service.createFeature(id, Layer.PLANTS, plant))
                .isInstanceOfSatisfying(InvalidParkException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("properties.parcelId"));
        assertThat(store.rowCounts()).isEqualTo(before);
    }

    @Test
    void theFirstGeometrySetsTheWorkCrsOfAnEmptyPark() {
        Park park = service.createPark(new Park(null, "Empty", "CN", List.of("zh"), "CNY", null, 0.06, 25, null));
        assertThat(park.workSrid()).isNull();

        var point = WGS84.createPoint(new Coordinate(117.2, 31.8));
        service.createFeature(park.id(), Layer.PLANTS, new Plant("p", "Plant", "C2011", DevelopmentStatus.EXISTING,
                point, 1000.0, null, 0, List.of(), null, List.of()));

        assertThat(service.getPark(park.id()).workSrid()).as("UTM zone 50N").isEqualTo(32650);
    }

    @Test
    void theWorkCrsCannotChangeUnderStoredMeasures() {
        String id = service.importPark(smallPark());
        Park park = service.getPark(id);

        assertThatThrownBy(() -> service.updatePark(id, park.withWorkSrid(28414)))
                .isInstanceOfSatisfying(InvalidParkException.class,
                        e -> assertThat(e.getMessage()).contains("workSrid").contains("export"));
        assertThat(service.getPark(id).workSrid()).isEqualTo(32653);
    }

    @Test
    void aGeographicWorkCrsIsRefused() {
        Park park = new Park(null, "Degrees", "RU", List.of(), "RUB", 4326, 0.08, 30, null);

        assertThatThrownBy(() -> service.createPark(park))
                .isInstanceOfSatisfying(InvalidParkException.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("park.workSrid"));
    }

    @Test
    void savingAScenarioAgainUnderItsNameMakesTheNextVersion() {
        String id = service.importPark(smallPark());

        Scenario first = service.createScenario(id, new Scenario(null, "Compact layout", 0, null, null, "{}"));
        Scenario second = service.createScenario(id, new Scenario(null, "Compact layout", 0, null, null, "{}"));
        Scenario other = service.createScenario(id, new Scenario(null, "River layout", 0, null, null, "{}"));

        assertThat(List.of(first.version(), second.version(), other.version())).containsExactly(1, 2, 1);
        assertThat(service.listScenarios(id)).hasSize(3);
    }

    @Test
    void unknownParksAndFeaturesAreNotFound() {
        assertThatThrownBy(() -> service.getPark("nope")).isInstanceOf(NotFoundException.class);
        String id = service.importPark(smallPark());
        assertThatThrownBy(() -> service.getFeature(id, Layer.PARCELS, "nope"))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("parcel 'nope'");
        assertThatThrownBy(() -> service.deleteFeature(id, Layer.CORRIDORS, "nope")).isInstanceOf(NotFoundException.class);
    }

    private ParkData smallPark() {
        InputStream in = ParkServiceTest.class.getResourceAsStream("/park/small-park.geojson");
        return reader.readPark(in);
    }
}
