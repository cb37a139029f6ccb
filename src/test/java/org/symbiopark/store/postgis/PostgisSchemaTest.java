package org.symbiopark.store.postgis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** The Flyway migrations build the schema of the store, and its constraints refuse bad rows written around the store. */
class PostgisSchemaTest {

    private static final String SQUARE = "'SRID=4326;POLYGON((134 48, 134.01 48, 134.01 48.01, 134 48.01, 134 48))'";
    // Self-intersecting "bow tie": not a valid polygon under OGC Simple Features.
    private static final String BOW_TIE = "'SRID=4326;POLYGON((134 48, 134.01 48.01, 134.01 48, 134 48.01, 134 48))'";

    private static TestDatabase db;
    private static JdbcTemplate sql;

    @BeforeAll
    static void migrate() {
        db = TestDatabase.freshSchema();
        sql = new JdbcTemplate(db.dataSource());
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void oneParkOnly() {
        db.clear();
        sql.update("INSERT INTO parks (id, name, discount_rate, lifetime_years) VALUES ('p', 'Park', 0.08, 30)");
    }

    @Test
    void migrationsApplyAllVersionsOnceAndThenNothing() {
        assertThat(db.flyway().info().applied()).extracting(m -> m.getVersion().getVersion())
                .containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(db.flyway().migrate().migrationsExecuted).isZero();
    }

    @Test
    void geometryColumnsHaveTypeAndSrid() {
        List<Map<String, Object>> columns = sql.queryForList("SELECT f_table_name, type, srid FROM geometry_columns"
                + " WHERE f_table_schema = ? ORDER BY f_table_name", db.schema());
        assertThat(columns).extracting(c -> c.get("f_table_name") + ":" + c.get("type") + ":" + c.get("srid"))
                .containsExactly("corridors:GEOMETRY:4326", "parcels:MULTIPOLYGON:4326",
                        "pipelines:MULTILINESTRING:4326", "plants:GEOMETRY:4326");
    }

    @Test
    void everyGeometryHasAGistIndex() {
        List<String> tables = sql.queryForList("SELECT tablename FROM pg_indexes WHERE schemaname = ?"
                + " AND indexdef LIKE '%USING gist (geom)%' ORDER BY tablename", String.class, db.schema());
        assertThat(tables).containsExactly("corridors", "parcels", "pipelines", "plants");
    }

    @Test
    void everyFeatureTableHasAnIndexLedByParkId() {
        List<String> tables = sql.queryForList("SELECT DISTINCT tablename FROM pg_indexes WHERE schemaname = ?"
                + " AND indexdef LIKE '%USING btree (park_id%' ORDER BY tablename", String.class, db.schema());
        assertThat(tables).containsExactly("corridors", "parcels", "pipelines", "plant_streams", "plants", "scenarios");
    }

    @Test
    void aValidParcelGoesIn() {
        sql.update("INSERT INTO parcels (park_id, feature_id, area_m2, geom) VALUES ('p', 'a', 100, ST_Multi(" + SQUARE + "))");
        assertThat(sql.queryForObject("SELECT count(*) FROM parcels", Long.class)).isEqualTo(1);
    }

    @Test
    void negativeAreaIsRefused() {
        assertCheckViolation("INSERT INTO parcels (park_id, feature_id, area_m2, geom) VALUES ('p', 'a', -1, ST_Multi("
                + SQUARE + "))", "parcels_area_m2_check");
    }

    @Test
    void invalidPolygonIsRefused() {
        assertCheckViolation("INSERT INTO parcels (park_id, feature_id, geom) VALUES ('p', 'a', ST_Multi(" + BOW_TIE
                + "))", "parcels_geom_check");
    }

    @Test
    void unknownCodesAndOutOfRangeNumbersAreRefused() {
        assertCheckViolation("INSERT INTO parcels (park_id, feature_id, zoning, geom) VALUES ('p', 'a', 'industrial',"
                + " ST_Multi(" + SQUARE + "))", "parcels_zoning_check");
        assertCheckViolation("INSERT INTO parcels (park_id, feature_id, max_coverage, geom) VALUES ('p', 'a', 0,"
                + " ST_Multi(" + SQUARE + "))", "parcels_max_coverage_check");
        assertCheckViolation("INSERT INTO plants (park_id, feature_id, hazard_class) VALUES ('p', 'a', 6)",
                "plants_hazard_class_check");
        assertCheckViolation("INSERT INTO plants (park_id, feature_id, allowed_zoning) VALUES ('p', 'a', 'chemical,moon')",
                "plants_allowed_zoning_check");
        assertCheckViolation("INSERT INTO corridors (park_id, feature_id, kind, cost_factor, geom) VALUES ('p', 'a',"
                + " 'road', 0, " + SQUARE + ")", "corridors_cost_factor_check");
        assertCheckViolation("INSERT INTO parks (id, name, discount_rate, lifetime_years) VALUES ('q', 'Q', 1.0, 30)",
                "parks_discount_rate_check");
        assertCheckViolation("INSERT INTO parks (id, name, discount_rate, lifetime_years) VALUES ('q', 'Q', 0.05, 0)",
                "parks_lifetime_years_check");
    }

    @Test
    void everyDoubleColumnRefusesNaNAndInfinity() {
        sql.update("INSERT INTO parcels (park_id, feature_id, geom) VALUES ('p', 'a', ST_Multi(" + SQUARE + "))");
        sql.update("INSERT INTO plants (park_id, feature_id) VALUES ('p', 'chp')");
        sql.update("INSERT INTO plant_streams (plant_fid, park_id, plant_id, seq, direction, resource,"
                + " quantity_per_year, unit) SELECT fid, 'p', 'chp', 0, 'OUT', 'steam', 10, 't' FROM plants");
        sql.update("INSERT INTO pipelines (park_id, feature_id, geom) VALUES ('p', 'pipe',"
                + " 'SRID=4326;MULTILINESTRING((134 48, 135 48))')");
        sql.update("INSERT INTO corridors (park_id, feature_id, geom) VALUES ('p', 'c', " + SQUARE + ")");
        List<String> columns = sql.queryForList("SELECT table_name || '.' || column_name FROM information_schema.columns"
                + " WHERE table_schema = ? AND data_type = 'double precision' ORDER BY 1", String.class, db.schema());
        assertThat(columns).containsExactly("corridors.cost_factor", "parcels.area_m2", "parcels.land_price_per_m2",
                "parcels.max_coverage", "parks.discount_rate", "pipelines.capacity_per_year", "pipelines.diameter_mm",
                "pipelines.length_m", "plant_streams.price_per_unit", "plant_streams.quantity_per_year",
                "plant_streams.temperature_c", "plants.footprint_m2", "plants.safety_buffer_m");

        for (String column : columns) {
            String[] tableAndColumn = column.split("\\.");
            for (String value : List.of("NaN", "Infinity", "-Infinity")) {
                assertCheckViolation("UPDATE " + tableAndColumn[0] + " SET " + tableAndColumn[1] + " = '" + value + "'",
                        tableAndColumn[0] + "_" + tableAndColumn[1] + "_");
            }
        }
        // every column has its own finite check, also where a range check happens to refuse NaN too
        List<String> finiteChecks = sql.queryForList("SELECT conname FROM pg_constraint c JOIN pg_namespace n"
                + " ON n.oid = c.connamespace WHERE n.nspname = ? AND conname LIKE '%\\_finite' ORDER BY 1",
                String.class, db.schema());
        assertThat(finiteChecks).containsExactlyElementsOf(
                columns.stream().map(c -> c.replace('.', '_') + "_finite").sorted().toList());
        // temperatures may be negative: the finite check adds no range
        sql.update("UPDATE plant_streams SET temperature_c = -40");
    }

    @Test
    void plantsTakePointsAndPolygonsOnly() {
        sql.update("INSERT INTO plants (park_id, feature_id, geom) VALUES ('p', 'point', 'SRID=4326;POINT(134 48)')");
        sql.update("INSERT INTO plants (park_id, feature_id, geom) VALUES ('p', 'site', NULL)");
        assertCheckViolation("INSERT INTO plants (park_id, feature_id, geom) VALUES ('p', 'line',"
                + " 'SRID=4326;LINESTRING(134 48, 135 48)')", "plants_geom_check");
        assertCheckViolation("INSERT INTO corridors (park_id, feature_id, geom) VALUES ('p', 'pt',"
                + " 'SRID=4326;POINT(134 48)')", "corridors_geom_check");
    }

    @Test
    void geometryInAnotherCrsIsRefusedByTheTypmod() {
        assertThatThrownBy(() -> sql.update("INSERT INTO parcels (park_id, feature_id, geom) VALUES ('p', 'a',"
                + " ST_Multi(ST_Transform(" + SQUARE + "::geometry, 3857)))"))
                .hasMessageContaining("SRID");
    }

    @Test
    void deletingAParkDeletesEverythingInIt() {
        sql.update("INSERT INTO parcels (park_id, feature_id, geom) VALUES ('p', 'a', ST_Multi(" + SQUARE + "))");
        sql.update("INSERT INTO plants (park_id, feature_id) VALUES ('p', 'chp')");
        sql.update("INSERT INTO plant_streams (plant_fid, park_id, plant_id, seq, direction, resource,"
                + " quantity_per_year, unit) SELECT fid, 'p', 'chp', 0, 'OUT', 'steam', 10, 't' FROM plants");
        sql.update("INSERT INTO scenarios (park_id, scenario_id, version, content_json) VALUES ('p', 's', 1, '{}')");

        sql.update("DELETE FROM parks WHERE id = 'p'");

        assertThat(sql.queryForObject("SELECT (SELECT count(*) FROM parcels) + (SELECT count(*) FROM plants)"
                + " + (SELECT count(*) FROM plant_streams) + (SELECT count(*) FROM scenarios)", Long.class)).isZero();
    }

    private static void assertCheckViolation(String statement, String constraint) {
        assertThatThrownBy(() -> sql.update(statement))
                .isInstanceOf(DataIntegrityViolationException.class)
                .satisfies(e -> {
                    SQLException cause = (SQLException) e.getCause();
                    assertThat(cause.getSQLState()).as("SQLSTATE of " + statement).isEqualTo("23514");
                    assertThat(cause.getMessage()).contains(constraint);
                });
    }
}
