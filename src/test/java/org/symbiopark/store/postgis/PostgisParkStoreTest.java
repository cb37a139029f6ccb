package org.symbiopark.store.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.symbiopark.park.Layer;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.park.Parcel;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.Plant;
import org.symbiopark.store.ParkStore;
import org.symbiopark.store.ParkStoreContractTest;

/** The store contract on PostGIS, plus what only this store promises. One schema for the class. */
class PostgisParkStoreTest extends ParkStoreContractTest {

    private static TestDatabase db;

    @BeforeAll
    static void createSchema() {
        db = TestDatabase.freshSchema();
    }

    @AfterAll
    static void dropSchema() {
        db.close();
    }

    @Override
    protected ParkStore newEmptyStore() {
        return new PostgisParkStore(db.dataSource());
    }

    @Test
    void geometriesComeBackBitForBit() {
        // Coordinates with all 17 significant digits: WKB must not round them as text would.
        Parcel parcel = new Parcel("exact", "Exact", wkt("MULTIPOLYGON (((134.85012345678901 48.38098765432101,"
                + " 134.85212345678902 48.38098765432101, 134.85212345678902 48.38298765432103,"
                + " 134.85012345678901 48.38098765432101)))"), null, null, null, null, null);
        String parkId = insertEmptyPark();
        store.insertFeature(parkId, Layer.PARCELS, parcel);

        Parcel found = store.findFeature(parkId, Layer.PARCELS, "exact").orElseThrow();
        assertThat(found.geometry().equalsExact(parcel.geometry(), 0)).isTrue();
        assertThat(found.geometry().getSRID()).isEqualTo(4326);
        assertThat(found).usingRecursiveComparison().ignoringFields("geometry").isEqualTo(parcel);
    }

    @Test
    void featuresOfAMissingParkAreRefused() {
        assertThatThrownBy(() -> store.insertFeature(newParkId(), Layer.PARCELS, parcel("lot-1", 134.85, 48.38)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> store.insertScenario(newParkId(), scenario("base")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void streamRowsNameTheirPlantAndKeepItsOrder() {
        ParkData data = smallPark();
        store.insertParkData(data);

        List<String> rows = new JdbcTemplate(db.dataSource()).queryForList("SELECT s.plant_id || ':' || s.seq || ':'"
                + " || s.resource FROM plant_streams s JOIN plants p ON p.fid = s.plant_fid WHERE s.park_id = ?"
                + " AND p.feature_id = s.plant_id ORDER BY s.seq", String.class, data.park().id());
        assertThat(rows).containsExactly("chp:0:steam", "chp:1:cooling_water", "chp:2:fly_ash");
        Plant chp = store.loadParkData(data.park().id()).orElseThrow().plants().get(0);
        assertThat(chp.streams()).isEqualTo(data.plants().get(0).streams());
    }
}
