package org.symbiopark.store.geopackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.symbiopark.geo.BoundingBox;
import org.symbiopark.park.Layer;
import org.symbiopark.park.Parcel;
import org.symbiopark.park.ParcelStatus;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ZoningClass;
import org.symbiopark.store.Page;

/**
 * A park of 10,000 parcels: a 100 × 100 grid of 0.0008° squares every 0.001° from
 * 134.80 E, 48.33 N. The import must land in one transaction and a bbox page of 1,000 must come
 * from the RTree, both well inside interactive time on a small machine. The bounds are loose
 * (a shared 2-core machine); the measured times are printed for the benchmark notes.
 */
class GeoPackageParkStoreScaleTest {

    private static final int SIDE = 100;
    private static final double STEP_DEG = 0.001;

    @TempDir
    Path folder;

    @Test
    void tenThousandParcelsInsertAndPageByBbox() {
        GeometryFactory factory = new GeometryFactory();
        List<Parcel> parcels = new ArrayList<>();
        for (int row = 0; row < SIDE; row++) {
            for (int col = 0; col < SIDE; col++) {
                double x = 134.80 + col * STEP_DEG;
                double y = 48.33 + row * STEP_DEG;
                Envelope cell = new Envelope(x, x + 0.0008, y, y + 0.0008);
                parcels.add(new Parcel("lot-" + row + "-" + col, "Lot " + row + "/" + col,
                        factory.toGeometry(cell), ZoningClass.INDUSTRIAL_LIGHT, ParcelStatus.AVAILABLE, 300.0, 0.6,
                        5_300.0));
            }
        }
        String parkId = UUID.randomUUID().toString();
        ParkData data = new ParkData(new Park(parkId, "Grid park", "RU", List.of("ru"), "RUB", 32653, 0.08, 30, ""),
                parcels, List.of(), List.of(), List.of(), List.of());
        // rows 10..59 and columns 20..69 lie inside: 50 × 50 = 2,500 parcels (no border touches)
        BoundingBox box = new BoundingBox(134.80 + 19.9 * STEP_DEG, 48.33 + 9.9 * STEP_DEG,
                134.80 + 69.9 * STEP_DEG, 48.33 + 59.9 * STEP_DEG);

        try (GeoPackageParkStore store = new GeoPackageParkStore(folder.resolve("grid.gpkg"))) {
            long t0 = System.nanoTime();
            store.insertParkData(data);
            long insertMs = (System.nanoTime() - t0) / 1_000_000;

            store.listFeatures(parkId, Layer.PARCELS, box, 10, 0);
            long t1 = System.nanoTime();
            Page<Parcel> page = store.listFeatures(parkId, Layer.PARCELS, box, 1000, 500);
            long pageMs = (System.nanoTime() - t1) / 1_000_000;
            BoundingBox smallBox = new BoundingBox(134.8501, 48.3301, 134.8519, 48.3319);
            long t2 = System.nanoTime();
            Page<Parcel> small = store.listFeatures(parkId, Layer.PARCELS, smallBox, 1000, 0);
            long smallMs = (System.nanoTime() - t2) / 1_000_000;
            System.out.printf("GeoPackage store: insert 10,000 parcels %d ms; bbox page of 1,000 (of %d) %d ms;"
                    + " bbox of %d parcels %d ms%n", insertMs, page.total(), pageMs, small.total(), smallMs);
            assertThat(small.items()).extracting(Parcel::id).containsExactly("lot-0-50", "lot-0-51", "lot-1-50",
                    "lot-1-51");

            assertThat(store.rowCounts().get("parcels")).isEqualTo(10_000);
            assertThat(page.total()).isEqualTo(2_500);
            assertThat(page.items()).hasSize(1000);
            // insertion order is row-major, so item 500 inside the box is row 10 + 500 / 50, column 20
            assertThat(page.items().get(0).id()).isEqualTo("lot-20-20");
            assertThat(page.items()).allMatch(p -> box.intersects(p.geometry().getEnvelopeInternal()));
            assertThat(insertMs).as("insert of 10,000 parcels, ms").isLessThan(60_000);
            assertThat(pageMs).as("bbox page of 1,000, ms").isLessThan(5_000);
        }
    }
}
