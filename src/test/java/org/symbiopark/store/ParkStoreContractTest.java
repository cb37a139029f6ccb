package org.symbiopark.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.symbiopark.geo.BoundingBox;
import org.symbiopark.park.Corridor;
import org.symbiopark.park.CorridorKind;
import org.symbiopark.park.DevelopmentStatus;
import org.symbiopark.park.Direction;
import org.symbiopark.park.Layer;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.park.Parcel;
import org.symbiopark.park.ParcelStatus;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkFeature;
import org.symbiopark.park.Pipeline;
import org.symbiopark.park.Plant;
import org.symbiopark.park.ResourceStream;
import org.symbiopark.park.Scenario;
import org.symbiopark.park.ZoningClass;

/**
 * The behaviour every {@link ParkStore} must show. One subclass per store implements
 * {@link #newEmptyStore()}; the tests never assume the store holds nothing else (park ids are
 * random UUIDs and counts are compared before and after), so a subclass may reuse one database.
 *
 * <p>Fixtures sit on Bolshoy Ussuriysky Island near 48.38 N, 134.85 E, with x = longitude. Squares
 * are 0.002° (about 150 m × 220 m) unless a test needs otherwise.
 */
public abstract class ParkStoreContractTest {

    /** The box most bbox tests query: 134.84..134.86 E, 48.37..48.39 N. */
    public static final BoundingBox ISLAND_BOX = new BoundingBox(134.84, 48.37, 134.86, 48.39);

    private static final ObjectMapper JSON = new ObjectMapper();

    protected ParkStore store;

    /** A store ready for use; it may hold other parks, never one of the random ids used here. */
    protected abstract ParkStore newEmptyStore() throws Exception;

    /** Releases the store after each test; the default closes it when it is {@link AutoCloseable}. */
    protected void disposeStore(ParkStore used) throws Exception {
        if (used instanceof AutoCloseable closeable) {
            closeable.close();
        }
    }

    @BeforeEach
    void openStore() throws Exception {
        store = newEmptyStore();
    }

    @AfterEach
    void closeStore() throws Exception {
        disposeStore(store);
    }

    // ---------------------------------------------------------------- parks

    @Test
    void insertedParkIsFoundAndListedInInsertionOrder() {
        Park first = park("Island park");
        Park second = new Park(newParkId(), "Second park", "CN", List.of("zh"), "CNY", null, 0.05, 20, null);
        store.insertPark(first);
        store.insertPark(second);

        assertThat(store.findPark(first.id())).contains(first);
        assertThat(store.findPark(second.id())).contains(second);
        List<String> ids = store.listParks().stream().map(Park::id).toList();
        assertThat(ids).containsSubsequence(first.id(), second.id());
        assertThat(store.findPark(newParkId())).isEmpty();
    }

    @Test
    void duplicateParkIdIsRefused() {
        Park park = park("Original");
        store.insertPark(park);
        Map<String, Long> before = store.rowCounts();

        assertThatThrownBy(() -> store.insertPark(new Park(park.id(), "Impostor", "RU", List.of(), "RUB", null,
                0.08, 30, "")))
                .isInstanceOf(DuplicateIdException.class);
        assertThat(store.findPark(park.id())).contains(park);
        assertThat(store.rowCounts()).isEqualTo(before);
    }

    @Test
    void updateParkReplacesAllFields() {
        Park park = park("Before");
        store.insertPark(park);
        Park changed = new Park(park.id(), "After", "CN", List.of("zh", "ru"), "CNY", 4534, 0.06, 25,
                "moved to CGCS2000 3-degree zone 45");

        assertThat(store.updatePark(changed)).isTrue();
        assertThat(store.findPark(park.id())).contains(changed);
        assertThat(store.updatePark(park(newParkId(), "Nobody"))).isFalse();
    }

    @Test
    void setWorkSridIfUnsetSetsOnceAndNeverOverwrites() {
        Park park = new Park(newParkId(), "No CRS yet", "RU", List.of("ru"), "RUB", null, 0.08, 30, "");
        store.insertPark(park);

        assertThat(store.setWorkSridIfUnset(park.id(), 32653)).isTrue();
        assertThat(store.findPark(park.id())).contains(park.withWorkSrid(32653));
        assertThat(store.setWorkSridIfUnset(park.id(), 4534)).isFalse();
        assertThat(store.findPark(park.id())).contains(park.withWorkSrid(32653));
        assertThat(store.setWorkSridIfUnset(newParkId(), 32653)).isFalse();
    }

    @Test
    void setWorkSridIfUnsetChangesOnlyThatParkAndColumn() {
        Park untouched = new Park(newParkId(), "Other", "CN", List.of("zh"), "CNY", null, 0.05, 20, "keep me");
        Park target = new Park(newParkId(), "Target", "RU", List.of("ru", "en"), "RUB", null, 0.07, 25, "text");
        store.insertPark(untouched);
        store.insertPark(target);

        assertThat(store.setWorkSridIfUnset(target.id(), 32653)).isTrue();
        assertThat(store.findPark(target.id())).contains(target.withWorkSrid(32653));
        assertThat(store.findPark(untouched.id())).contains(untouched);
        assertThatThrownBy(() -> store.setWorkSridIfUnset(untouched.id(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(store.findPark(untouched.id())).contains(untouched);
    }

    @Test
    void deleteParkCascadesToFeaturesStreamsAndScenarios() {
        Map<String, Long> before = store.rowCounts();
        ParkData data = smallPark();
        store.insertParkData(data);
        Map<String, Long> loaded = store.rowCounts();
        assertThat(loaded.get("parks")).isEqualTo(before.get("parks") + 1);
        assertThat(loaded.get("plant_streams")).isEqualTo(before.get("plant_streams") + 3);

        assertThat(store.deletePark(data.park().id())).isTrue();

        assertThat(store.findPark(data.park().id())).isEmpty();
        assertThat(store.loadParkData(data.park().id())).isEmpty();
        assertThat(store.findFeature(data.park().id(), Layer.PLANTS, "chp")).isEmpty();
        assertThat(store.listScenarios(data.park().id())).isEmpty();
        assertThat(store.rowCounts()).isEqualTo(before);
        assertThat(store.deletePark(data.park().id())).isFalse();
    }

    @Test
    void rowCountsNameExactlyTheStoreTables() {
        assertThat(store.rowCounts()).containsOnlyKeys("parks", "parcels", "plants", "plant_streams",
                "pipelines", "corridors", "scenarios");
    }

    // ---------------------------------------------------------------- features

    @Test
    void parcelCrud() {
        String parkId = insertEmptyPark();
        Parcel parcel = parcel("lot-1", 134.850, 48.380);
        store.insertFeature(parkId, Layer.PARCELS, parcel);
        assertSameFeature(store.findFeature(parkId, Layer.PARCELS, "lot-1").orElseThrow(), parcel);

        Parcel changed = new Parcel("lot-1", "Lot 1 (east)", square(134.860, 48.380, 0.001), ZoningClass.CHEMICAL,
                ParcelStatus.RESERVED, null, null, 24_000.0);
        assertThat(store.updateFeature(parkId, Layer.PARCELS, changed)).isTrue();
        assertSameFeature(store.findFeature(parkId, Layer.PARCELS, "lot-1").orElseThrow(), changed);

        assertThat(store.deleteFeature(parkId, Layer.PARCELS, "lot-1")).isTrue();
        assertThat(store.findFeature(parkId, Layer.PARCELS, "lot-1")).isEmpty();
        assertThat(store.deleteFeature(parkId, Layer.PARCELS, "lot-1")).isFalse();
        assertThat(store.updateFeature(parkId, Layer.PARCELS, changed)).isFalse();
    }

    @Test
    void plantCrudReplacesStreamsOnUpdate() {
        String parkId = insertEmptyPark();
        Map<String, Long> before = store.rowCounts();
        Plant plant = plant("sawmill", point(134.852, 48.381), List.of(
                stream(Direction.OUT, "sawdust", 12_000),
                stream(Direction.OUT, "bark", 4_000),
                stream(Direction.IN, "electricity", 9_500)));
        store.insertFeature(parkId, Layer.PLANTS, plant);
        assertSameFeature(store.findFeature(parkId, Layer.PLANTS, "sawmill").orElseThrow(), plant);
        assertThat(store.rowCounts().get("plant_streams")).isEqualTo(before.get("plant_streams") + 3);

        Plant changed = new Plant("sawmill", "Sawmill and pellet line", "C1629", DevelopmentStatus.EXISTING,
                square(134.852, 48.381, 0.0005), 30_000.0, null, 0, List.of(), "lot-9",
                List.of(new ResourceStream(Direction.IN, "steam", 2.5, "kt", 180.0, null, false, null, 1450.0)));
        assertThat(store.updateFeature(parkId, Layer.PLANTS, changed)).isTrue();
        assertSameFeature(store.findFeature(parkId, Layer.PLANTS, "sawmill").orElseThrow(), changed);
        assertThat(store.rowCounts().get("plant_streams")).isEqualTo(before.get("plant_streams") + 1);

        assertThat(store.deleteFeature(parkId, Layer.PLANTS, "sawmill")).isTrue();
        assertThat(store.findFeature(parkId, Layer.PLANTS, "sawmill")).isEmpty();
        assertThat(store.rowCounts()).isEqualTo(before);
    }

    @Test
    void plantWithoutGeometryRoundTrips() {
        String parkId = insertEmptyPark();
        Plant proposed = plant("biogas", null, List.of(stream(Direction.IN, "organic_sludge", 800)));
        store.insertFeature(parkId, Layer.PLANTS, proposed);

        Plant found = store.findFeature(parkId, Layer.PLANTS, "biogas").orElseThrow();
        assertThat(found.geometry()).isNull();
        assertSameFeature(found, proposed);
    }

    @Test
    void pipelineCrud() {
        String parkId = insertEmptyPark();
        Pipeline pipe = pipeline("steam-main", "LINESTRING (134.845 48.375, 134.855 48.385)");
        store.insertFeature(parkId, Layer.PIPELINES, pipe);
        assertSameFeature(store.findFeature(parkId, Layer.PIPELINES, "steam-main").orElseThrow(), pipe);

        Pipeline changed = new Pipeline("steam-main", "Steam main (rerouted)",
                wkt("MULTILINESTRING ((134.845 48.375, 134.850 48.375), (134.850 48.375, 134.855 48.385))"),
                "hot_water", null, null, DevelopmentStatus.EXISTING, null);
        assertThat(store.updateFeature(parkId, Layer.PIPELINES, changed)).isTrue();
        assertSameFeature(store.findFeature(parkId, Layer.PIPELINES, "steam-main").orElseThrow(), changed);

        assertThat(store.deleteFeature(parkId, Layer.PIPELINES, "steam-main")).isTrue();
        assertThat(store.findFeature(parkId, Layer.PIPELINES, "steam-main")).isEmpty();
    }

    @Test
    void corridorCrudKeepsForbiddenAsNullCostFactor() {
        String parkId = insertEmptyPark();
        Corridor road = new Corridor("road-1", "Island road", wkt("LINESTRING (134.84 48.38, 134.86 48.38)"),
                CorridorKind.ROAD, 0.7);
        Corridor reserve = new Corridor("reserve", "Wetland reserve", square(134.870, 48.390, 0.003),
                CorridorKind.PROTECTED, null);
        store.insertFeature(parkId, Layer.CORRIDORS, road);
        store.insertFeature(parkId, Layer.CORRIDORS, reserve);
        assertSameFeature(store.findFeature(parkId, Layer.CORRIDORS, "road-1").orElseThrow(), road);
        Corridor foundReserve = store.findFeature(parkId, Layer.CORRIDORS, "reserve").orElseThrow();
        assertSameFeature(foundReserve, reserve);
        assertThat(foundReserve.forbidsPipes()).isTrue();

        Corridor rail = new Corridor("road-1", "Now a rail spur", road.geometry(), CorridorKind.RAIL, 3.0);
        assertThat(store.updateFeature(parkId, Layer.CORRIDORS, rail)).isTrue();
        assertSameFeature(store.findFeature(parkId, Layer.CORRIDORS, "road-1").orElseThrow(), rail);

        assertThat(store.deleteFeature(parkId, Layer.CORRIDORS, "reserve")).isTrue();
        assertThat(store.listFeatures(parkId, Layer.CORRIDORS, null, 100, 0).items())
                .extracting(Corridor::id).containsExactly("road-1");
    }

    @Test
    void duplicateFeatureIdIsRefusedAndWritesNothing() {
        String parkId = insertEmptyPark();
        Plant original = plant("chp", point(134.850, 48.380), List.of(stream(Direction.OUT, "steam", 1.0e6)));
        store.insertFeature(parkId, Layer.PLANTS, original);
        store.insertFeature(parkId, Layer.PARCELS, parcel("lot-1", 134.850, 48.380));
        Map<String, Long> before = store.rowCounts();

        Plant impostor = plant("chp", point(134.860, 48.390), List.of(
                stream(Direction.IN, "fresh_water", 1.0), stream(Direction.IN, "fresh_water", 2.0)));
        assertThatThrownBy(() -> store.insertFeature(parkId, Layer.PLANTS, impostor))
                .isInstanceOf(DuplicateIdException.class);
        assertThatThrownBy(() -> store.insertFeature(parkId, Layer.PARCELS, parcel("lot-1", 134.86, 48.39)))
                .isInstanceOf(DuplicateIdException.class);

        assertThat(store.rowCounts()).isEqualTo(before);
        assertSameFeature(store.findFeature(parkId, Layer.PLANTS, "chp").orElseThrow(), original);
    }

    @Test
    void featureIdsAreUniquePerParkAndLayerOnly() {
        String parkA = insertEmptyPark();
        String parkB = insertEmptyPark();
        store.insertFeature(parkA, Layer.PARCELS, parcel("x1", 134.850, 48.380));
        store.insertFeature(parkA, Layer.CORRIDORS,
                new Corridor("x1", "Same id, other layer", square(134.85, 48.38, 0.001), CorridorKind.OTHER, 1.0));
        store.insertFeature(parkB, Layer.PARCELS, parcel("x1", 134.860, 48.390));

        assertThat(store.findFeature(parkA, Layer.PARCELS, "x1").orElseThrow().geometry().getCentroid().getX())
                .isCloseTo(134.851, offset(1e-9));
        assertThat(store.findFeature(parkB, Layer.PARCELS, "x1").orElseThrow().geometry().getCentroid().getX())
                .isCloseTo(134.861, offset(1e-9));
        assertThat(store.deleteFeature(parkA, Layer.PARCELS, "x1")).isTrue();
        assertThat(store.findFeature(parkA, Layer.CORRIDORS, "x1")).isPresent();
        assertThat(store.findFeature(parkB, Layer.PARCELS, "x1")).isPresent();
    }

    @Test
    void featuresAndScenariosOfAMissingParkAreRefused() {
        Map<String, Long> before = store.rowCounts();
        assertThatThrownBy(() -> store.insertFeature(newParkId(), Layer.PLANTS,
                plant("orphan", point(134.85, 48.38), List.of(stream(Direction.OUT, "steam", 1)))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.insertScenario(newParkId(), scenario("base")))
                .isInstanceOf(NotFoundException.class);
        assertThat(store.rowCounts()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- bbox queries

    @Test
    void bboxListsFeaturesInsideAndCrossingButNotOutside() {
        String parkId = insertEmptyPark();
        store.insertFeature(parkId, Layer.PARCELS, parcel("inside", 134.850, 48.380));
        store.insertFeature(parkId, Layer.PARCELS, parcel("crossing", 134.859, 48.380));
        store.insertFeature(parkId, Layer.PARCELS, parcel("outside", 134.900, 48.380));
        store.insertFeature(parkId, Layer.PLANTS, plant("in-plant", point(134.851, 48.381), List.of()));
        store.insertFeature(parkId, Layer.PLANTS, plant("far-plant", point(134.951, 48.481), List.of()));
        store.insertFeature(parkId, Layer.PLANTS, plant("siteless", null, List.of()));
        store.insertFeature(parkId, Layer.PIPELINES, pipeline("through", "LINESTRING (134.80 48.38, 134.90 48.38)"));
        store.insertFeature(parkId, Layer.PIPELINES, pipeline("away", "LINESTRING (134.80 48.30, 134.90 48.30)"));
        store.insertFeature(parkId, Layer.CORRIDORS,
                new Corridor("ring", "Around the box", square(134.83, 48.36, 0.04), CorridorKind.UTILITY, 0.5));

        Page<Parcel> parcels = store.listFeatures(parkId, Layer.PARCELS, ISLAND_BOX, 100, 0);
        assertThat(parcels.items()).extracting(Parcel::id).containsExactly("inside", "crossing");
        assertThat(parcels.total()).isEqualTo(2);
        assertThat(store.listFeatures(parkId, Layer.PLANTS, ISLAND_BOX, 100, 0).items())
                .extracting(Plant::id).containsExactly("in-plant");
        assertThat(store.listFeatures(parkId, Layer.PLANTS, null, 100, 0).items())
                .extracting(Plant::id).containsExactly("in-plant", "far-plant", "siteless");
        assertThat(store.listFeatures(parkId, Layer.PIPELINES, ISLAND_BOX, 100, 0).items())
                .extracting(Pipeline::id).containsExactly("through");
        assertThat(store.listFeatures(parkId, Layer.CORRIDORS, ISLAND_BOX, 100, 0).items())
                .extracting(Corridor::id).containsExactly("ring");
        assertThat(store.listFeatures(parkId, Layer.PARCELS, new BoundingBox(0, 0, 1, 1), 100, 0).total())
                .isZero();
    }

    @Test
    void bboxFollowsUpdatesAndDeletes() {
        String parkId = insertEmptyPark();
        store.insertFeature(parkId, Layer.PARCELS, parcel("mover", 134.850, 48.380));
        store.insertFeature(parkId, Layer.PARCELS, parcel("goner", 134.852, 48.382));
        store.updateFeature(parkId, Layer.PARCELS, parcel("mover", 134.950, 48.380));
        store.deleteFeature(parkId, Layer.PARCELS, "goner");

        assertThat(store.listFeatures(parkId, Layer.PARCELS, ISLAND_BOX, 100, 0).total()).isZero();
        assertThat(store.listFeatures(parkId, Layer.PARCELS, new BoundingBox(134.94, 48.37, 134.96, 48.39), 100, 0)
                .items()).extracting(Parcel::id).containsExactly("mover");
    }

    @Test
    void bboxIsScopedToThePark() {
        String parkA = insertEmptyPark();
        String parkB = insertEmptyPark();
        store.insertFeature(parkA, Layer.PARCELS, parcel("a", 134.850, 48.380));
        store.insertFeature(parkB, Layer.PARCELS, parcel("b", 134.850, 48.380));

        assertThat(store.listFeatures(parkA, Layer.PARCELS, ISLAND_BOX, 100, 0).items())
                .extracting(Parcel::id).containsExactly("a");
    }

    /**
     * The envelope test is exact in double precision, not at an index's float bounds. 134.85 is not
     * a float: a float box around it reaches up to 134.85000610351562, so an index step alone
     * (RTree, or PostGIS's {@code &&} rounding both boxes outwards) would keep it for a box ending
     * 3e-6 short of it. 134.85000610351562 is a float: only {@code &&}, which rounds the query box
     * outwards too, keeps it for such a box.
     */
    @Test
    void bboxIsExactAtFloatPrecision() {
        String parkId = insertEmptyPark();
        double notAFloat = 134.85;
        double aFloat = 134.85000610351562;
        assertThat((double) (float) aFloat).isEqualTo(aFloat);
        assertThat((double) (float) notAFloat).isNotEqualTo(notAFloat);
        store.insertFeature(parkId, Layer.PLANTS, plant("double-x", point(notAFloat, 48.38), List.of()));
        store.insertFeature(parkId, Layer.PLANTS, plant("float-x", point(aFloat, 48.39), List.of()));

        assertThat(idsIn(parkId, new BoundingBox(134.84, 48.37, notAFloat - 3e-6, 48.40))).isEmpty();
        assertThat(idsIn(parkId, new BoundingBox(134.84, 48.37, notAFloat, 48.40))).containsExactly("double-x");
        assertThat(idsIn(parkId, new BoundingBox(notAFloat + 3e-6, 48.37, 134.86, 48.40)))
                .containsExactly("float-x");
        assertThat(idsIn(parkId, new BoundingBox(134.84, 48.37, aFloat - 3e-6, 48.40))).containsExactly("double-x");
        assertThat(idsIn(parkId, new BoundingBox(aFloat + 3e-6, 48.37, 134.86, 48.40))).isEmpty();
        assertThat(idsIn(parkId, new BoundingBox(aFloat, 48.37, 134.86, 48.40))).containsExactly("float-x");
        // the same in y: a box ending just below the point's latitude
        assertThat(idsIn(parkId, new BoundingBox(134.84, 48.37, 134.86, 48.38 - 3e-6))).isEmpty();
        assertThat(store.listFeatures(parkId, Layer.PLANTS, new BoundingBox(134.84, 48.37, notAFloat - 3e-6, 48.40),
                10, 0).total()).isZero();
    }

    private List<String> idsIn(String parkId, BoundingBox bbox) {
        return store.listFeatures(parkId, Layer.PLANTS, bbox, 100, 0).items().stream().map(Plant::id).toList();
    }

    // ---------------------------------------------------------------- paging

    @Test
    void pagingArgumentsOutOfRangeAreRefused() {
        String parkId = insertEmptyPark();
        store.insertFeature(parkId, Layer.PARCELS, parcel("lot-1", 134.850, 48.380));

        for (int[] limitOffset : new int[][] {{0, 0}, {-1, 0}, {10, -1}, {Integer.MIN_VALUE, 0}}) {
            assertThatThrownBy(() -> store.listFeatures(parkId, Layer.PARCELS, null, limitOffset[0], limitOffset[1]))
                    .as("limit %d offset %d", limitOffset[0], limitOffset[1])
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> store.listFeatures(parkId, Layer.PARCELS, ISLAND_BOX, limitOffset[0],
                    limitOffset[1])).isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(store.listFeatures(parkId, Layer.PARCELS, null, 1, 0).items()).hasSize(1);
    }

    @Test
    void pagesFollowInsertionOrderWithTotal() {
        String parkId = insertEmptyPark();
        List<String> inserted = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            // ids run against their insertion order so a store sorting by id would fail
            String id = "lot-" + (99 - i);
            inserted.add(id);
            store.insertFeature(parkId, Layer.PARCELS, parcel(id, 134.850 + i * 0.0001, 48.380));
        }

        Page<Parcel> first = store.listFeatures(parkId, Layer.PARCELS, null, 10, 0);
        Page<Parcel> last = store.listFeatures(parkId, Layer.PARCELS, null, 10, 20);
        Page<Parcel> beyond = store.listFeatures(parkId, Layer.PARCELS, null, 10, 30);

        assertThat(first.items()).extracting(Parcel::id).containsExactlyElementsOf(inserted.subList(0, 10));
        assertThat(first.total()).isEqualTo(25);
        assertThat(first.limit()).isEqualTo(10);
        assertThat(first.offset()).isZero();
        assertThat(last.items()).extracting(Parcel::id).containsExactlyElementsOf(inserted.subList(20, 25));
        assertThat(last.total()).isEqualTo(25);
        assertThat(last.offset()).isEqualTo(20);
        assertThat(beyond.items()).isEmpty();
        assertThat(beyond.total()).isEqualTo(25);
        assertThat(store.listFeatures(parkId, Layer.PARCELS, ISLAND_BOX, 5, 5).items())
                .extracting(Parcel::id).containsExactlyElementsOf(inserted.subList(5, 10));
    }

    @Test
    void pagedPlantsComeWithTheirOwnStreams() {
        String parkId = insertEmptyPark();
        List<Plant> plants = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Plant plant = plant("plant-" + i, point(134.850 + i * 0.001, 48.380), List.of(
                    stream(Direction.OUT, "waste_heat", 100.0 * i), stream(Direction.IN, "fresh_water", 10.0 + i)));
            plants.add(plant);
            store.insertFeature(parkId, Layer.PLANTS, plant);
        }

        Page<Plant> page = store.listFeatures(parkId, Layer.PLANTS, null, 3, 2);
        assertThat(page.items()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertSameFeature(page.items().get(i), plants.get(i + 2));
        }
    }

    // ---------------------------------------------------------------- whole parks

    @Test
    void loadParkDataRoundTripsAndPromotesSingleGeometries() {
        ParkData data = smallPark();
        store.insertParkData(data);

        ParkData loaded = store.loadParkData(data.park().id()).orElseThrow();
        assertThat(loaded.park()).isEqualTo(data.park());
        assertSameFeatures(loaded.parcels(), data.parcels());
        assertSameFeatures(loaded.plants(), data.plants());
        assertSameFeatures(loaded.pipelines(), data.pipelines());
        assertSameFeatures(loaded.corridors(), data.corridors());
        assertSameScenarios(loaded.scenarios(), data.scenarios());

        assertThat(loaded.parcels().get(0).geometry()).isInstanceOf(MultiPolygon.class);
        assertThat(loaded.parcels().get(0).geometry().getSRID()).isIn(0, 4326);
        assertThat(loaded.pipelines().get(0).geometry()).isInstanceOf(MultiLineString.class);
        assertThat(loaded.plants().get(0).geometry()).isInstanceOf(Point.class);
        assertThat(store.loadParkData(newParkId())).isEmpty();
    }

    @Test
    void insertParkDataIsAllOrNothing() {
        Map<String, Long> before = store.rowCounts();
        String parkId = newParkId();
        List<Parcel> parcels = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            parcels.add(parcel("lot-" + i, 134.80 + (i % 20) * 0.0025, 48.35 + (i / 20) * 0.0025));
        }
        List<Plant> plants = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            plants.add(plant("plant-" + i, point(134.80 + i * 0.001, 48.36), List.of(
                    stream(Direction.OUT, "steam", 1000), stream(Direction.IN, "cooling_water", 2000))));
        }
        List<Pipeline> pipelines = List.of(pipeline("pipe-1", "LINESTRING (134.80 48.36, 134.84 48.36)"));
        List<Corridor> corridors = List.of(
                new Corridor("road-1", "Road", wkt("LINESTRING (134.80 48.37, 134.85 48.37)"), CorridorKind.ROAD, 0.7),
                new Corridor("road-2", "Road", wkt("LINESTRING (134.80 48.38, 134.85 48.38)"), CorridorKind.ROAD, 0.7),
                // the last feature repeats an id: the store must refuse it and undo everything before it
                new Corridor("road-1", "Road again", wkt("LINESTRING (134.80 48.39, 134.85 48.39)"),
                        CorridorKind.ROAD, 0.7));
        ParkData doomed = new ParkData(park(parkId, "Doomed import"), parcels, plants, pipelines, corridors,
                List.of(scenario("base")));

        assertThatThrownBy(() -> store.insertParkData(doomed)).isInstanceOf(DuplicateIdException.class);

        assertThat(store.rowCounts()).isEqualTo(before);
        assertThat(store.findPark(parkId)).isEmpty();
        assertThat(store.listScenarios(parkId)).isEmpty();
    }

    @Test
    void insertParkDataRefusesATakenParkId() {
        ParkData data = smallPark();
        store.insertParkData(data);
        Map<String, Long> before = store.rowCounts();

        assertThatThrownBy(() -> store.insertParkData(data)).isInstanceOf(DuplicateIdException.class);
        assertThat(store.rowCounts()).isEqualTo(before);
    }

    // ---------------------------------------------------------------- scenarios

    @Test
    void scenarioCrud() throws Exception {
        String parkId = insertEmptyPark();
        Scenario base = scenario("base");
        Scenario cascade = new Scenario("steam-cascade", "Steam cascade", 2, "CHP steam to the sawmill kilns",
                Instant.parse("2026-03-02T08:00:00Z"),
                "{\"exchanges\": [{\"from\": \"chp\", \"to\": \"sawmill\", \"resource\": \"steam\", \"t\": 12000}]}");
        store.insertScenario(parkId, base);
        store.insertScenario(parkId, cascade);

        assertSameScenarios(store.listScenarios(parkId), List.of(base, cascade));
        assertSameScenarios(List.of(store.findScenario(parkId, "steam-cascade").orElseThrow()), List.of(cascade));
        assertThat(store.findScenario(parkId, "nope")).isEmpty();

        Map<String, Long> before = store.rowCounts();
        assertThatThrownBy(() -> store.insertScenario(parkId, scenario("base")))
                .isInstanceOf(DuplicateIdException.class);
        assertThat(store.rowCounts()).isEqualTo(before);

        assertThat(store.deleteScenario(parkId, "base")).isTrue();
        assertThat(store.deleteScenario(parkId, "base")).isFalse();
        assertThat(store.listScenarios(parkId)).extracting(Scenario::id).containsExactly("steam-cascade");
    }

    @Test
    void createdAtIsKeptToTheMicrosecond() {
        String parkId = insertEmptyPark();
        Scenario nanos = new Scenario("nanos", "Nanosecond stamp", 1, "", Instant.parse("2026-03-01T10:15:30.123456789Z"),
                "{}");
        store.insertScenario(parkId, nanos);
        ParkData data = smallPark();
        Scenario imported = new Scenario("imported", null, 3, "", Instant.parse("2026-03-01T10:15:30.000000999Z"), "{}");
        store.insertParkData(new ParkData(data.park(), List.of(), List.of(), List.of(), List.of(), List.of(imported)));

        assertThat(store.findScenario(parkId, "nanos").orElseThrow().createdAt())
                .isEqualTo(Instant.parse("2026-03-01T10:15:30.123456Z"));
        assertThat(store.loadParkData(data.park().id()).orElseThrow().scenarios().get(0).createdAt())
                .isEqualTo(Instant.parse("2026-03-01T10:15:30Z"));
    }

    // ---------------------------------------------------------------- values no store can keep alike

    @Test
    void nonFiniteNumbersAreRefusedNamingTheColumn() {
        String parkId = insertEmptyPark();
        store.insertFeature(parkId, Layer.PARCELS, parcel("lot-1", 134.850, 48.380));
        Map<String, Long> before = store.rowCounts();
        Parcel nanPrice = new Parcel("lot-2", "NaN price", square(134.86, 48.38, 0.002), null, null, Double.NaN, 0.5,
                null);
        Parcel infiniteArea = new Parcel("lot-1", "Infinite", square(134.86, 48.38, 0.002), null, null, null, null,
                Double.POSITIVE_INFINITY);
        Plant hotStream = plant("chp", point(134.85, 48.38), List.of(new ResourceStream(Direction.OUT, "steam", 1.0,
                "t", Double.NEGATIVE_INFINITY, null, false, null, null)));
        Plant nanBuffer = new Plant("sawmill", null, null, null, null, null, null, Double.NaN, List.of(), null,
                List.of());
        Pipeline nanLength = new Pipeline("pipe", null, wkt("LINESTRING (134.84 48.38, 134.85 48.38)"), null, null,
                null, null, Double.NaN);
        Corridor nanCost = new Corridor("road", null, wkt("LINESTRING (134.84 48.38, 134.85 48.38)"), null,
                Double.NaN);

        assertRefused(() -> store.insertFeature(parkId, Layer.PARCELS, nanPrice), "land_price_per_m2");
        assertRefused(() -> store.updateFeature(parkId, Layer.PARCELS, infiniteArea), "area_m2");
        assertRefused(() -> store.insertFeature(parkId, Layer.PLANTS, hotStream), "temperature_c");
        assertRefused(() -> store.insertFeature(parkId, Layer.PLANTS, nanBuffer), "safety_buffer_m");
        assertRefused(() -> store.insertFeature(parkId, Layer.PIPELINES, nanLength), "length_m");
        assertRefused(() -> store.insertFeature(parkId, Layer.CORRIDORS, nanCost), "cost_factor");
        assertRefused(() -> store.insertPark(new Park(newParkId(), "NaN rate", "RU", List.of(), "RUB", null,
                Double.NaN, 30, "")), "discount_rate");
        assertRefused(() -> store.updatePark(new Park(parkId, "Infinite rate", "RU", List.of(), "RUB", null,
                Double.POSITIVE_INFINITY, 30, "")), "discount_rate");
        ParkData data = smallPark();
        assertRefused(() -> store.insertParkData(new ParkData(data.park(), data.parcels(), List.of(hotStream),
                List.of(), List.of(), List.of())), "temperature_c");

        assertThat(store.rowCounts()).isEqualTo(before);
        assertSameFeature(store.findFeature(parkId, Layer.PARCELS, "lot-1").orElseThrow(),
                parcel("lot-1", 134.850, 48.380));
    }

    @Test
    void textWithNulCharacterIsRefusedNamingTheColumn() {
        String parkId = insertEmptyPark();
        Map<String, Long> before = store.rowCounts();
        Parcel nulName = new Parcel("lot-1", "Lot\u00001", square(134.86, 48.38, 0.002), null, null, null, null, null);
        Plant nulUnit = plant("chp", point(134.85, 48.38), List.of(new ResourceStream(Direction.OUT, "steam", 1.0,
                "t\u0000", null, null, false, null, null)));
        Scenario nulJson = new Scenario("s", "S", 1, "", null, "{\"a\": \"\u0000\"}");

        assertRefused(() -> store.insertFeature(parkId, Layer.PARCELS, nulName), "name");
        assertRefused(() -> store.insertFeature(parkId, Layer.PARCELS, parcel("lot\u0000", 134.85, 48.38)),
                "feature_id");
        assertRefused(() -> store.insertFeature(parkId, Layer.PLANTS, nulUnit), "unit");
        assertRefused(() -> store.insertScenario(parkId, nulJson), "content_json");
        assertRefused(() -> store.insertPark(new Park(newParkId(), "Park", "RU", List.of("ru", "z\u0000"), "RUB",
                null, 0.08, 30, "")), "languages");
        assertRefused(() -> store.updatePark(new Park(parkId, "Park", "RU", List.of(), "RUB", null, 0.08, 30,
                "a\u0000b")), "description");

        assertThat(store.rowCounts()).isEqualTo(before);
        assertThat(store.findPark(parkId).orElseThrow().description()).isEqualTo(park(parkId, "x").description());
    }

    private static void assertRefused(ThrowingCallable write, String column) {
        assertThatThrownBy(write).isInstanceOf(IllegalArgumentException.class).hasMessageContaining(column);
    }

    // ---------------------------------------------------------------- fixtures

    protected static String newParkId() {
        return UUID.randomUUID().toString();
    }

    protected static Park park(String name) {
        return park(newParkId(), name);
    }

    protected static Park park(String id, String name) {
        return new Park(id, name, "RU", List.of("ru", "zh", "en"), "RUB", 32653, 0.08, 30,
                "Bolshoy Ussuriysky Island, cross-border site");
    }

    protected String insertEmptyPark() {
        Park park = park("Empty park");
        store.insertPark(park);
        return park.id();
    }

    /** A park with one feature of each kind, a Polygon parcel, a LineString pipeline and a scenario. */
    public static ParkData smallPark() {
        Parcel lot = parcel("lot-1", 134.850, 48.380);
        Parcel twoPart = new Parcel("lot-2", "Lot 2 (two parts)",
                wkt("MULTIPOLYGON (((134.853 48.380, 134.854 48.380, 134.854 48.381, 134.853 48.381, 134.853 48.380)),"
                        + " ((134.855 48.380, 134.856 48.380, 134.856 48.381, 134.855 48.381, 134.855 48.380)))"),
                ZoningClass.LOGISTICS, ParcelStatus.OCCUPIED, null, null, 15_000.0);
        Plant chp = plant("chp", point(134.851, 48.381), List.of(
                new ResourceStream(Direction.OUT, "steam", 1.0e6, "t", 250.0, null, false, null, null),
                new ResourceStream(Direction.IN, "cooling_water", 7.0e5, "m3", null, "industrial", false, null, 0.3),
                new ResourceStream(Direction.OUT, "fly_ash", 3.2e4, "t", null, null, true, "10 01 02", 450.0)));
        Plant proposed = plant("biogas", null, List.of());
        Pipeline pipe = pipeline("steam-1", "LINESTRING (134.851 48.381, 134.854 48.3805)");
        Corridor road = new Corridor("road-1", "Island road", wkt("LINESTRING (134.84 48.379, 134.86 48.379)"),
                CorridorKind.ROAD, 0.7);
        Corridor river = new Corridor("river", "Amur arm",
                wkt("POLYGON ((134.84 48.37, 134.86 48.37, 134.86 48.372, 134.84 48.372, 134.84 48.37))"),
                CorridorKind.RIVER, null);
        return new ParkData(park("Small island park"), List.of(lot, twoPart), List.of(chp, proposed), List.of(pipe),
                List.of(road, river), List.of(scenario("base")));
    }

    protected static Parcel parcel(String id, double minLon, double minLat) {
        return new Parcel(id, "Parcel " + id, square(minLon, minLat, 0.002), ZoningClass.INDUSTRIAL_HEAVY,
                ParcelStatus.AVAILABLE, 350.0, 0.6, 33_000.0);
    }

    protected static Plant plant(String id, Geometry geometry, List<ResourceStream> streams) {
        return new Plant(id, "Plant " + id, "D3530", geometry == null ? DevelopmentStatus.PROPOSED
                : DevelopmentStatus.EXISTING, geometry, 60_000.0, 3, 300.0,
                List.of(ZoningClass.INDUSTRIAL_HEAVY, ZoningClass.UTILITY), geometry == null ? null : "lot-1", streams);
    }

    protected static ResourceStream stream(Direction direction, String resource, double quantityPerYear) {
        return new ResourceStream(direction, resource, quantityPerYear, "t", null, null, false, null, null);
    }

    protected static Pipeline pipeline(String id, String lineWkt) {
        return new Pipeline(id, "Pipeline " + id, wkt(lineWkt), "steam", 300.0, 1.0e6, DevelopmentStatus.PROPOSED,
                812.5);
    }

    protected static Scenario scenario(String id) {
        return new Scenario(id, "Scenario " + id, 1, "", Instant.parse("2026-03-01T10:15:30Z"),
                "{\"placements\": [{\"plant\": \"chp\", \"parcel\": \"lot-1\"}]}");
    }

    protected static Geometry square(double minLon, double minLat, double sideDeg) {
        double maxLon = minLon + sideDeg;
        double maxLat = minLat + sideDeg;
        return wkt("POLYGON ((" + minLon + " " + minLat + ", " + maxLon + " " + minLat + ", " + maxLon + " " + maxLat
                + ", " + minLon + " " + maxLat + ", " + minLon + " " + minLat + "))");
    }

    protected static Geometry point(double lon, double lat) {
        return wkt("POINT (" + lon + " " + lat + ")");
    }

    protected static Geometry wkt(String text) {
        try {
            return new WKTReader().read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    // ---------------------------------------------------------------- comparisons

    /**
     * Equal in every field, geometries equal in topology: the store may promote a Polygon to a
     * MultiPolygon and a LineString to a MultiLineString.
     */
    protected static void assertSameFeature(ParkFeature actual, ParkFeature expected) {
        assertThat(actual).usingRecursiveComparison().ignoringFields("geometry").isEqualTo(expected);
        if (expected.geometry() == null) {
            assertThat(actual.geometry()).as("geometry of %s", expected.id()).isNull();
        } else {
            assertThat(actual.geometry()).as("geometry of %s", expected.id()).isNotNull();
            assertThat(actual.geometry().equalsTopo(expected.geometry()))
                    .as("geometry of %s: %s should equal %s in topology", expected.id(), actual.geometry(),
                            expected.geometry())
                    .isTrue();
        }
    }

    protected static void assertSameFeatures(List<? extends ParkFeature> actual, List<? extends ParkFeature> expected) {
        assertThat(actual).extracting(ParkFeature::id)
                .containsExactlyElementsOf(expected.stream().map(ParkFeature::id).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertSameFeature(actual.get(i), expected.get(i));
        }
    }

    /** Equal in every field; the content JSON equal as a JSON value (the stores keep it as text; this does not rely on that). */
    protected static void assertSameScenarios(List<Scenario> actual, List<Scenario> expected) {
        assertThat(actual).extracting(Scenario::id)
                .containsExactlyElementsOf(expected.stream().map(Scenario::id).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i)).usingRecursiveComparison().ignoringFields("contentJson")
                    .isEqualTo(expected.get(i));
            try {
                assertThat(JSON.readTree(actual.get(i).contentJson()))
                        .isEqualTo(JSON.readTree(expected.get(i).contentJson()));
            } catch (IOException e) {
                throw new AssertionError("scenario " + expected.get(i).id() + " content is not JSON", e);
            }
        }
    }
}
