package org.symbiopark.store.geopackage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;

/**
 * Creates the store's tables in a GeoPackage, step by step and idempotently, so a file that
 * already has them (or a file a crash left half-made) is completed, never rebuilt.
 *
 * <p>Feature tables are registered in {@code gpkg_contents} and {@code gpkg_geometry_columns}
 * with SRS 4326 and get the RTree spatial index extension ({@code gpkg_rtree_index}, OGC 12-128r18
 * annex F.3), whose triggers keep {@code rtree_<table>_geom} in step with every write. Parks,
 * plant streams and scenarios are attribute tables (data_type {@code attributes}). Every table has
 * the integer {@code fid} primary key the GeoPackage standard asks of user tables; a park's text
 * id is therefore a UNIQUE column that the foreign keys reference.
 */
final class GeoPackageSchema {

    private GeoPackageSchema() {
    }

    static void ensure(GeoPackage geoPackage) throws SQLException {
        Connection connection = geoPackage.getConnection().getConnection();
        geoPackage.createGeometryColumnsTable();
        geoPackage.createExtensionsTable();

        createTable(connection, "parks", """
                CREATE TABLE parks (
                  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
                  id TEXT NOT NULL UNIQUE,
                  name TEXT NOT NULL,
                  country TEXT,
                  languages TEXT,
                  currency TEXT,
                  work_srid INTEGER,
                  discount_rate DOUBLE NOT NULL,
                  lifetime_years INTEGER NOT NULL,
                  description TEXT)""");
        register(connection, "parks", "attributes", "Parks: the frame of every layer");

        for (LayerTable<?> table : LayerTable.ALL) {
            createTable(connection, table.name(), "CREATE TABLE " + table.name() + " (\n"
                    + "  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,\n"
                    + "  park_id TEXT NOT NULL REFERENCES parks(id) ON DELETE CASCADE,\n"
                    + "  feature_id TEXT NOT NULL,\n"
                    + "  " + String.join(",\n  ", table.columnDefinitions()) + ",\n"
                    + "  geom " + table.geometryType() + ",\n"
                    + "  UNIQUE (park_id, feature_id))");
            register(connection, table.name(), "features", "Park layer " + table.layer().name());
            registerGeometryColumn(connection, table);
            RTreeIndexExtension rtree = new RTreeIndexExtension(geoPackage);
            if (!rtree.has(table.name(), "geom")) {
                rtree.create(table.name(), "geom", "fid");
            }
        }

        createTable(connection, "plant_streams", """
                CREATE TABLE plant_streams (
                  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
                  plant_fid INTEGER NOT NULL REFERENCES plants(fid) ON DELETE CASCADE,
                  park_id TEXT NOT NULL REFERENCES parks(id) ON DELETE CASCADE,
                  plant_id TEXT NOT NULL,
                  seq INTEGER NOT NULL,
                  direction TEXT NOT NULL,
                  resource TEXT NOT NULL,
                  quantity_per_year DOUBLE NOT NULL,
                  unit TEXT,
                  temperature_c DOUBLE,
                  water_quality TEXT,
                  hazardous BOOLEAN NOT NULL,
                  ewc_code TEXT,
                  price_per_unit DOUBLE)""");
        execute(connection, "CREATE INDEX IF NOT EXISTS plant_streams_plant ON plant_streams (plant_fid, seq)");
        execute(connection, "CREATE INDEX IF NOT EXISTS plant_streams_park ON plant_streams (park_id)");
        register(connection, "plant_streams", "attributes", "Yearly resource outputs and needs of plants");

        createTable(connection, "scenarios", """
                CREATE TABLE scenarios (
                  fid INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
                  park_id TEXT NOT NULL REFERENCES parks(id) ON DELETE CASCADE,
                  scenario_id TEXT NOT NULL,
                  name TEXT,
                  version INTEGER NOT NULL,
                  description TEXT,
                  created_at TEXT,
                  content_json TEXT NOT NULL,
                  UNIQUE (park_id, scenario_id))""");
        register(connection, "scenarios", "attributes", "Named, versioned layouts of a park");
    }

    /** Registers the RTree's SQL functions (ST_MinX …) that its triggers call, on this connection. */
    static void registerFunctions(GeoPackage geoPackage) {
        new RTreeIndexExtension(geoPackage).createAllFunctions();
    }

    private static void createTable(Connection connection, String table, String ddl) throws SQLException {
        if (!exists(connection, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", table)) {
            execute(connection, ddl);
        }
    }

    private static void register(Connection connection, String table, String dataType, String description)
            throws SQLException {
        if (exists(connection, "SELECT 1 FROM gpkg_contents WHERE table_name = ?", table)) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change, srs_id)
                VALUES (?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), ?)""")) {
            insert.setString(1, table);
            insert.setString(2, dataType);
            insert.setString(3, table);
            insert.setString(4, description);
            insert.setObject(5, dataType.equals("features") ? GeoPackageGeometries.SRID : null);
            insert.executeUpdate();
        }
    }

    private static void registerGeometryColumn(Connection connection, LayerTable<?> table) throws SQLException {
        if (exists(connection, "SELECT 1 FROM gpkg_geometry_columns WHERE table_name = ?", table.name())) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO gpkg_geometry_columns (table_name, column_name, geometry_type_name, srs_id, z, m)
                VALUES (?, 'geom', ?, ?, 0, 0)""")) {
            insert.setString(1, table.name());
            insert.setString(2, table.geometryType());
            insert.setInt(3, GeoPackageGeometries.SRID);
            insert.executeUpdate();
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
