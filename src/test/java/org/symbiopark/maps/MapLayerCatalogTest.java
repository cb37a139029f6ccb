package org.symbiopark.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.geo.SisCoordinateTransforms;
import org.symbiopark.park.Layer;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.park.Parcel;
import org.symbiopark.park.ParkRules;
import org.symbiopark.park.ParkService;
import org.symbiopark.park.Scenario;
import org.symbiopark.park.io.ParkGeoJsonReader;
import org.symbiopark.store.geopackage.GeoPackageParkStore;

class MapLayerCatalogTest {

    private static final CoordinateTransforms TRANSFORMS = new SisCoordinateTransforms();
    private static final MetricMeasures MEASURES = new MetricMeasures(TRANSFORMS);
    private static final String PARK = "bolshoy-ussuriysky";

    @TempDir
    Path dir;

    private GeoPackageParkStore store;
    private ParkService parks;
    private MutableClock clock;
    private MapLayerCatalog catalog;

    @BeforeEach
    void setUp() throws Exception {
        store = new GeoPackageParkStore(dir.resolve("parks.gpkg"));
        ParkRules rules = new ParkRules(MEASURES);
        parks = new ParkService(store, TRANSFORMS, MEASURES, rules);
        ParkGeoJsonReader reader = new ParkGeoJsonReader(ResourceCatalog.loadDefault(), TRANSFORMS, rules);
        try (InputStream in = Files.newInputStream(Path.of("data/parks/bolshoy-ussuriysky.geojson"))) {
            parks.importPark(reader.readPark(in));
        }
        clock = new MutableClock(Instant.parse("2026-11-25T00:00:00Z"));
        catalog = new MapLayerCatalog(parks, Duration.ofSeconds(30), clock);
    }

    @AfterEach
    void tearDown() throws Exception {
        store.close();
    }

    @Test
    void aParkPublishesItsFourLayersWithTheirExtents() {
        List<MapLayer> layers = catalog.layers(PARK);

        assertThat(layers).extracting(MapLayer::name).containsExactly("parcels", "plants", "pipelines", "corridors");
        MapLayer parcels = layers.get(0);
        assertThat(parcels.id()).isEqualTo("bolshoy-ussuriysky:parcels");
        assertThat(parcels.isResultLayer()).isFalse();
        assertThat(parcels.workSrid()).isNotNull();
        assertThat(catalog.features(parcels, null, null)).hasSize(57);
        // the island lies between Khabarovsk and Fuyuan: about 134.6–135.1 E, 48.2–48.5 N
        assertThat(parcels.extentWgs84().getMinX()).isBetween(134.0, 135.5);
        assertThat(parcels.extentWgs84().getMaxY()).isBetween(48.0, 49.0);
        assertThat(catalog.layer("bolshoy-ussuriysky:plants").geometry()).isEqualTo(MapLayer.GeometryKind.MIXED);
    }

    @Test
    void aBoxReturnsExactlyTheFeaturesThatMeetItInStoreOrder() {
        MapLayer parcels = catalog.layer(PARK, "parcels");
        List<MapFeature> all = catalog.features(parcels, null, null);
        Envelope extent = parcels.extentWgs84();
        Envelope westHalf = new Envelope(extent.getMinX(), extent.centre().x, extent.getMinY(), extent.getMaxY());

        List<MapFeature> west = catalog.features(parcels, null, westHalf);

        List<String> expected = all.stream()
                .filter(f -> f.geometryWgs84().intersects(f.geometryWgs84().getFactory().toGeometry(westHalf)))
                .map(MapFeature::id).toList();
        assertThat(west).extracting(MapFeature::id).containsExactlyElementsOf(expected);
        assertThat(west.size()).isBetween(1, all.size() - 1);
        assertThat(catalog.features(parcels, null, new Envelope(0, 1, 0, 1))).isEmpty();
    }

    @Test
    void attributesAreThoseOfTheExchangeFormatPlusTheIndustryGroup() {
        MapLayer plants = catalog.layer(PARK, "plants");
        MapFeature any = catalog.features(plants, null, null).get(0);

        assertThat(any.properties()).containsKeys("id", "name", "industry", "status", "streams", "industryGroup");
        assertThat(catalog.feature(plants, null, any.id())).contains(any);
        assertThat(catalog.feature(plants, null, "no-such-plant")).isEmpty();
    }

    @Test
    void aWriteThroughTheServiceShowsAtOnce() {
        assertThat(catalog.features(catalog.layer(PARK, "parcels"), null, null)).hasSize(57);
        String gone = plantFreeParcel();
        parks.deleteFeature(PARK, Layer.PARCELS, gone);

        assertThat(catalog.features(catalog.layer(PARK, "parcels"), null, null)).hasSize(56)
                .extracting(MapFeature::id).doesNotContain(gone);
    }

    @Test
    void aWriteToAnotherParkKeepsThisParksSnapshot() {
        List<MapFeature> parcels = catalog.features(catalog.layer(PARK, "parcels"), null, null);
        parks.createPark(new org.symbiopark.park.Park("other", "Other park", "RU", List.of("ru"), "RUB", null,
                0.08, 30, null));

        assertThat(catalog.features(catalog.layer(PARK, "parcels"), null, null)).isSameAs(parcels);
        assertThat(parks.revision("other")).isPositive();
        assertThat(parks.revision(PARK)).isPositive();
    }

    @Test
    void aWriteByAnotherProcessShowsAfterTheMaximumAge() {
        assertThat(catalog.features(catalog.layer(PARK, "parcels"), null, null)).hasSize(57);
        store.deleteFeature(PARK, Layer.PARCELS, plantFreeParcel()); // not through the service

        assertThat(catalog.features(catalog.layer(PARK, "parcels"), null, null)).hasSize(57);
        clock.advance(Duration.ofSeconds(31));
        assertThat(catalog.features(catalog.layer(PARK, "parcels"), null, null)).hasSize(56);
    }

    @Test
    void aSnapshotPastItsAgeIsRefreshedInTheBackgroundWhileTheOldOneServes() {
        java.util.List<Runnable> queued = new java.util.ArrayList<>();
        MapLayerCatalog background = new MapLayerCatalog(parks, Duration.ofSeconds(30), clock, queued::add);
        assertThat(background.features(background.layer(PARK, "parcels"), null, null)).hasSize(57);
        store.deleteFeature(PARK, Layer.PARCELS, plantFreeParcel()); // not through the service
        clock.advance(Duration.ofSeconds(31));

        assertThat(background.features(background.layer(PARK, "parcels"), null, null)).hasSize(57);
        assertThat(queued).as("one refresh queued, however many requests came").hasSize(1);
        queued.get(0).run();
        assertThat(background.features(background.layer(PARK, "parcels"), null, null)).hasSize(56);
    }

    @Test
    void aReloadThatFindsNoChangeKeepsTheSameFeatureListsSoDerivedCachesSurvive() {
        List<MapFeature> parcels = catalog.features(catalog.layer(PARK, "parcels"), null, null);
        List<MapFeature> plants = catalog.features(catalog.layer(PARK, "plants"), null, null);
        store.deleteFeature(PARK, Layer.PARCELS, plantFreeParcel()); // a change by another process

        clock.advance(Duration.ofSeconds(31));
        List<MapFeature> reloadedParcels = catalog.features(catalog.layer(PARK, "parcels"), null, null);
        List<MapFeature> reloadedPlants = catalog.features(catalog.layer(PARK, "plants"), null, null);

        assertThat(reloadedParcels).isNotSameAs(parcels).hasSize(56);
        assertThat(reloadedPlants).isSameAs(plants);
    }

    @Test
    void scenariosWithResultsBecomeResultLayersNewestFirst() {
        assertThatThrownBy(() -> catalog.layer(PARK, MapLayerCatalog.EXCHANGE_LINKS))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("parcels");
        Scenario older = parks.createScenario(PARK, new Scenario(null, "Exchanges A", 1, null, null,
                links("a", 134.80, 48.40, 134.82, 48.41)));
        clock.advance(Duration.ofSeconds(1));
        Scenario newer = parks.createScenario(PARK, new Scenario(null, "Exchanges B", 1, null, null,
                links("b", 134.81, 48.40, 134.83, 48.42)));
        parks.createScenario(PARK, new Scenario(null, "No results", 1, null, null, "{\"note\": 1}"));

        MapLayer links = catalog.layer(PARK, MapLayerCatalog.EXCHANGE_LINKS);

        assertThat(links.isResultLayer()).isTrue();
        assertThat(links.scenarioIds()).containsExactly(newer.id(), older.id());
        assertThat(catalog.features(links, null, null)).extracting(MapFeature::id).containsExactly("b");
        assertThat(catalog.features(links, older.id(), null)).singleElement()
                .satisfies(f -> assertThat(f.property("scenarioId")).isEqualTo(older.id()))
                .satisfies(f -> assertThat(f.property("quantity")).isEqualTo(1200));
        assertThatThrownBy(() -> catalog.features(links, "no-such-scenario", null))
                .isInstanceOf(NotFoundException.class).hasMessageContaining(older.id());
        assertThat(catalog.layers(PARK)).extracting(MapLayer::name).doesNotContain(MapLayerCatalog.ROUTES);
    }

    @Test
    void unknownParksAndLayersAreNotFound() {
        assertThatThrownBy(() -> catalog.layer("no-such-park", "parcels")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> catalog.layer(PARK, "roads")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("roads");
        assertThatThrownBy(() -> catalog.layer("parcels")).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("parkId:layer");
    }

    private String plantFreeParcel() {
        List<String> used = parks.exportPark(PARK).plants().stream().map(p -> p.parcelId()).toList();
        return parks.exportPark(PARK).parcels().stream().map(Parcel::id).filter(id -> !used.contains(id))
                .findFirst().orElseThrow();
    }

    private static String links(String id, double x1, double y1, double x2, double y2) {
        return """
                {"linksGeoJson": {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "id": "%s",
                   "geometry": {"type": "LineString", "coordinates": [[%s, %s], [%s, %s]]},
                   "properties": {"resource": "fly_ash", "quantity": 1200}}]}}
                """.formatted(id, x1, y1, x2, y2);
    }

    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
