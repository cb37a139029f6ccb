package org.symbiopark.store.postgis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.springframework.jdbc.core.JdbcTemplate;
import org.symbiopark.geo.BoundingBox;
import org.symbiopark.park.Layer;
import org.symbiopark.park.Parcel;
import org.symbiopark.park.ParcelStatus;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ZoningClass;
import org.symbiopark.store.Page;

/**
 * A park of 10,000 parcels (a 100 × 100 grid of 0.002° squares, 0.0025° apart, from 134.70 E,
 * 48.30 N) goes in as one batched transaction and a bounding box of it is paged through the GiST
 * index. Timings are printed for the record; the bounds asserted are loose so a busy machine
 * does not fail the build, yet an import running row by row (minutes) would.
 */
class PostgisBulkImportTest {

    private static final int SIDE = 100;
    private static final double STEP_DEG = 0.0025;
    private static final double SQUARE_DEG = 0.002;
    private static final double WEST = 134.70;
    private static final double SOUTH = 48.30;

    private static TestDatabase db;

    @BeforeAll
    static void createSchema() {
        db = TestDatabase.freshSchema();
    }

    @AfterAll
    static void dropSchema() {
        db.close();
    }

    @BeforeEach
    void empty() {
        db.clear();
    }

    @Test
    void tenThousandParcelsGoInAsOneImportAndPageByBoundingBox() {
        PostgisParkStore store = new PostgisParkStore(db.dataSource());
        String parkId = UUID.randomUUID().toString();
        ParkData data = new ParkData(new Park(parkId, "Grid park", "RU", List.of("ru"), "RUB", 32653, 0.08, 30, ""),
                grid(), List.of(), List.of(), List.of(), List.of());

        long start = System.nanoTime();
        store.insertParkData(data);
        long insertMs = (System.nanoTime() - start) / 1_000_000;

        // Columns 20..59 and rows 10..49 lie inside: 40 × 40 = 1,600 parcels, touching ones included.
        BoundingBox box = new BoundingBox(WEST + 20 * STEP_DEG - 0.0001, SOUTH + 10 * STEP_DEG - 0.0001,
                WEST + 59 * STEP_DEG + SQUARE_DEG + 0.0001, SOUTH + 49 * STEP_DEG + SQUARE_DEG + 0.0001);
        start = System.nanoTime();
        Page<Parcel> page = store.listFeatures(parkId, Layer.PARCELS, box, 1000, 0);
        long pageMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        Page<Parcel> again = store.listFeatures(parkId, Layer.PARCELS, box, 1000, 0);
        long againMs = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("PostGIS store: insertParkData of %d parcels took %d ms;"
                + " a bbox page of %d (of %d) took %d ms, %d ms the second time%n", data.parcels().size(), insertMs,
                page.items().size(), page.total(), pageMs, againMs);
        assertThat(again.items()).extracting(Parcel::id).containsExactlyElementsOf(
                page.items().stream().map(Parcel::id).toList());

        assertThat(store.rowCounts().get("parcels")).isEqualTo(SIDE * SIDE);
        assertThat(page.total()).isEqualTo(1600);
        assertThat(page.items()).hasSize(1000);
        assertThat(page.items()).allSatisfy(p -> assertThat(box.intersects(p.geometry().getEnvelopeInternal())).isTrue());
        // insertion order: row 10 of the grid first, column 20 first within it
        assertThat(page.items().get(0).id()).isEqualTo("lot-10-20");
        assertThat(page.items().get(40).id()).isEqualTo("lot-11-20");
        assertThat(store.listFeatures(parkId, Layer.PARCELS, box, 1000, 1000).items()).hasSize(600);
        assertThat(insertMs).as("import time, ms").isLessThan(60_000);
        assertThat(pageMs).as("page time, ms").isLessThan(10_000);
    }

    @Test
    void aSmallBoxIsAnsweredFromTheGistIndex() {
        PostgisParkStore store = new PostgisParkStore(db.dataSource());
        String parkId = UUID.randomUUID().toString();
        store.insertParkData(new ParkData(new Park(parkId, "Grid park", "RU", List.of(), "RUB", null, 0.08, 30, ""),
                grid(), List.of(), List.of(), List.of(), List.of()));
        JdbcTemplate sql = new JdbcTemplate(db.dataSource());
        sql.execute("ANALYZE parcels");

        List<String> plan = sql.queryForList("EXPLAIN SELECT fid FROM parcels WHERE park_id = ?"
                + " AND geom && ST_MakeEnvelope(134.75, 48.35, 134.76, 48.36, 4326) ORDER BY fid LIMIT 100",
                String.class, parkId);

        assertThat(String.join("\n", plan)).contains("parcels_geom_idx");
    }

    private static List<Parcel> grid() {
        GeometryFactory factory = new GeometryFactory();
        List<Parcel> parcels = new ArrayList<>(SIDE * SIDE);
        for (int row = 0; row < SIDE; row++) {
            for (int col = 0; col < SIDE; col++) {
                double x = WEST + col * STEP_DEG;
                double y = SOUTH + row * STEP_DEG;
                Polygon square = factory.createPolygon(new Coordinate[] {new Coordinate(x, y),
                        new Coordinate(x + SQUARE_DEG, y), new Coordinate(x + SQUARE_DEG, y + SQUARE_DEG),
                        new Coordinate(x, y + SQUARE_DEG), new Coordinate(x, y)});
                parcels.add(new Parcel("lot-" + row + "-" + col, "Lot " + row + "/" + col, square,
                        ZoningClass.INDUSTRIAL_LIGHT, ParcelStatus.AVAILABLE, 120.0, 0.6, 33_000.0));
            }
        }
        return parcels;
    }
}
