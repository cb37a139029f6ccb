package org.symbiopark.store.geopackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.symbiopark.park.Layer;
import org.symbiopark.park.ParkData;
import org.symbiopark.store.ParkStore;
import org.symbiopark.store.ParkStoreContractTest;

/** The store contract on a fresh GeoPackage file per test, plus what only a file store has. */
class GeoPackageParkStoreTest extends ParkStoreContractTest {

    @TempDir
    Path folder;

    @Override
    protected ParkStore newEmptyStore() {
        return new GeoPackageParkStore(folder.resolve("nested/folder/store.gpkg"));
    }

    @Test
    void reopeningKeepsDataAndSchema() {
        ParkData data = smallPark();
        store.insertParkData(data);
        ((GeoPackageParkStore) store).close();

        try (GeoPackageParkStore reopened = new GeoPackageParkStore(folder.resolve("nested/folder/store.gpkg"))) {
            assertThat(reopened.loadParkData(data.park().id())).isPresent();
            assertThat(reopened.listFeatures(data.park().id(), Layer.PARCELS, ISLAND_BOX, 10, 0).total()).isEqualTo(2);
            assertThat(reopened.deletePark(data.park().id())).isTrue();
            assertThat(reopened.rowCounts().values()).allMatch(n -> n == 0);
        }
        store = new GeoPackageParkStore(folder.resolve("nested/folder/store.gpkg"));
    }

    @Test
    void featureTablesAreRegisteredWithSrs4326AndAnRTree() throws Exception {
        store.insertParkData(smallPark());
        ((GeoPackageParkStore) store).close();

        Path file = folder.resolve("nested/folder/store.gpkg");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement s = c.createStatement()) {
            assertThat(strings(s, "SELECT table_name || ':' || data_type || ':' || ifnull(srs_id, '-')"
                    + " FROM gpkg_contents ORDER BY table_name")).containsExactly(
                    "corridors:features:4326", "parcels:features:4326", "parks:attributes:-",
                    "pipelines:features:4326", "plant_streams:attributes:-", "plants:features:4326",
                    "scenarios:attributes:-");
            assertThat(strings(s, "SELECT table_name || ':' || geometry_type_name FROM gpkg_geometry_columns"
                    + " ORDER BY table_name")).containsExactly(
                    "corridors:GEOMETRY", "parcels:MULTIPOLYGON", "pipelines:MULTILINESTRING", "plants:GEOMETRY");
            assertThat(strings(s, "SELECT table_name FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index'"
                    + " ORDER BY table_name")).containsExactly("corridors", "parcels", "pipelines", "plants");
            // the chp plant has a point; the proposed biogas plant has no geometry and no RTree entry
            assertThat(strings(s, "SELECT count(*) FROM rtree_plants_geom")).containsExactly("1");
            assertThat(strings(s, "SELECT count(*) FROM rtree_parcels_geom")).containsExactly("2");
            assertThat(strings(s, "PRAGMA foreign_key_check")).isEmpty();
        }
        store = new GeoPackageParkStore(file);
    }

    @Test
    void concurrentWritersAndReadersAreSerialised() throws Exception {
        String parkId = insertEmptyPark();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 25; i++) {
                        store.insertFeature(parkId, Layer.PARCELS, parcel("t" + thread + "-" + i, 134.85, 48.38));
                        store.listFeatures(parkId, Layer.PARCELS, ISLAND_BOX, 10, 0);
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(store.listFeatures(parkId, Layer.PARCELS, ISLAND_BOX, 1, 0).total()).isEqualTo(100);
    }

    private static List<String> strings(Statement s, String sql) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
