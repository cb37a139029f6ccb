package org.symbiopark.store.geopackage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import org.symbiopark.geo.BoundingBox;
import org.symbiopark.park.Direction;
import org.symbiopark.park.Layer;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkFeature;
import org.symbiopark.park.Plant;
import org.symbiopark.park.ResourceStream;
import org.symbiopark.park.Scenario;
import org.symbiopark.store.DuplicateIdException;
import org.symbiopark.store.Page;
import org.symbiopark.store.ParkStore;
import org.symbiopark.store.StoredValues;

/**
 * The embedded store: one GeoPackage file (OGC 12-128r18) that QGIS and GDAL open as it is.
 * Layers are feature tables in EPSG:4326 with the RTree spatial index extension; parks, plant
 * streams and scenarios are attribute tables; foreign keys cascade deletes from a park to all of
 * its rows. The schema is created on first open and completed, never rebuilt, on later opens.
 *
 * <p>SQLite has one writer at a time, so the store holds one connection and serialises every
 * call on it; each call that writes runs in one transaction and rolls back on any failure.
 * A bbox listing selects candidates from the RTree by envelope, as PostGIS's {@code &&} does, at
 * the RTree's single-precision bounds (rounded outwards, so never a miss), then keeps those whose
 * envelope in doubles intersects the box. Values neither store could keep alike are refused
 * before writing ({@link StoredValues}). Listing a page of
 * plants reads their streams with one query per 500 plants, not one per plant.
 *
 * <p>Close the store to release the file.
 */
public final class GeoPackageParkStore implements ParkStore, AutoCloseable {

    private static final int IN_LIST_CHUNK = 500;
    private static final List<String> COUNTED_TABLES = List.of("parks", "parcels", "plants", "plant_streams",
            "pipelines", "corridors", "scenarios");

    private final Path file;
    private final GeoPackage geoPackage;
    private final Connection connection;

    /** Opens {@code file}, creating it, its parent folders and the schema as needed. */
    public GeoPackageParkStore(Path file) {
        this.file = file.toAbsolutePath();
        try {
            if (this.file.getParent() != null) {
                Files.createDirectories(this.file.getParent());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder of " + this.file, e);
        }
        boolean fresh = !Files.exists(this.file);
        if (fresh) {
            GeoPackageManager.create(this.file.toFile());
        }
        this.geoPackage = GeoPackageManager.open(this.file.toFile());
        this.connection = geoPackage.getConnection().getConnection();
        try {
            execute("PRAGMA foreign_keys = ON");
            GeoPackageSchema.registerFunctions(geoPackage);
            if (fresh) {
                // some forty DDL statements, each its own commit: without fsync a new file is made in
                // milliseconds instead of a second; a crash meanwhile can only spoil a file holding nothing
                execute("PRAGMA synchronous = OFF");
            }
            GeoPackageSchema.ensure(geoPackage);
            if (fresh) {
                // The file uses nothing newer than GeoPackage 1.3; saying 1.4 (the library's default)
                // makes GDAL 3.6, and so QGIS on Debian 12, warn that the file "may only be partially
                // supported".
                execute("PRAGMA user_version = 10300");
            }
            execute("PRAGMA synchronous = FULL");
        } catch (SQLException | RuntimeException e) {
            geoPackage.close();
            throw new IllegalStateException("cannot open the GeoPackage store " + this.file + ": " + e.getMessage(), e);
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public synchronized void close() {
        geoPackage.close();
    }

    // ------------------------------------------------------------------ parks

    @Override
    public List<Park> listParks() {
        return read(() -> queryParks("SELECT * FROM parks ORDER BY fid"));
    }

    @Override
    public Optional<Park> findPark(String parkId) {
        return read(() -> queryParks("SELECT * FROM parks WHERE id = ?", parkId).stream().findFirst());
    }

    @Override
    public void insertPark(Park park) {
        StoredValues.checkPark(park);
        write(() -> {
            insertParkRow(park);
            return null;
        });
    }

    @Override
    public boolean updatePark(Park park) {
        StoredValues.checkPark(park);
        return write(() -> update("""
                UPDATE parks SET name = ?, country = ?, languages = ?, currency = ?, work_srid = ?,
                  discount_rate = ?, lifetime_years = ?, description = ? WHERE id = ?""",
                park.name(), park.country(), String.join(",", park.languages()), park.currency(), park.workSrid(),
                park.discountRate(), park.lifetimeYears(), park.description(), park.id()) > 0);
    }

    @Override
    public boolean setWorkSridIfUnset(String parkId, int srid) {
        StoredValues.checkSrid(srid);
        return write(() -> update("UPDATE parks SET work_srid = ? WHERE id = ? AND work_srid IS NULL", srid,
                parkId) > 0);
    }

    @Override
    public boolean deletePark(String parkId) {
        return write(() -> update("DELETE FROM parks WHERE id = ?", parkId) > 0);
    }

    @Override
    public void insertParkData(ParkData data) {
        StoredValues.checkParkData(data);
        String parkId = data.park().id();
        write(() -> {
            insertParkRow(data.park());
            insertFeatureRows(parkId, LayerTable.PARCELS, data.parcels());
            insertFeatureRows(parkId, LayerTable.PLANTS, data.plants());
            insertFeatureRows(parkId, LayerTable.PIPELINES, data.pipelines());
            insertFeatureRows(parkId, LayerTable.CORRIDORS, data.corridors());
            for (Scenario scenario : data.scenarios()) {
                insertScenarioRow(parkId, scenario);
            }
            return null;
        });
    }

    @Override
    public Optional<ParkData> loadParkData(String parkId) {
        return read(() -> {
            Optional<Park> park = queryParks("SELECT * FROM parks WHERE id = ?", parkId).stream().findFirst();
            if (park.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ParkData(park.get(),
                    features(LayerTable.PARCELS, "park_id = ? ORDER BY fid", parkId),
                    plantsOfPark(parkId),
                    features(LayerTable.PIPELINES, "park_id = ? ORDER BY fid", parkId),
                    features(LayerTable.CORRIDORS, "park_id = ? ORDER BY fid", parkId),
                    queryScenarios("park_id = ? ORDER BY fid", parkId)));
        });
    }

    // ------------------------------------------------------------------ features

    @Override
    public <F extends ParkFeature> Page<F> listFeatures(String parkId, Layer<F> layer, BoundingBox bbox, int limit,
                                                        int offset) {
        StoredValues.checkPage(limit, offset);
        LayerTable<F> table = LayerTable.of(layer);
        List<Object> args = new ArrayList<>(List.of(parkId));
        StringBuilder where = new StringBuilder("park_id = ?");
        if (bbox != null) {
            // the RTree holds each geometry's envelope; this is the standard's envelope-overlap query
            where.append(" AND fid IN (SELECT id FROM rtree_").append(table.name())
                    .append("_geom WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?)");
            args.addAll(List.of(bbox.maxLon(), bbox.minLon(), bbox.maxLat(), bbox.minLat()));
            // the RTree keeps float bounds rounded outwards; the envelope in doubles (from the
            // geometry's GeoPackage header, via the extension's ST_MinX …) then decides exactly
            where.append(" AND ST_MinX(geom) <= ? AND ST_MaxX(geom) >= ? AND ST_MinY(geom) <= ?"
                    + " AND ST_MaxY(geom) >= ?");
            args.addAll(List.of(bbox.maxLon(), bbox.minLon(), bbox.maxLat(), bbox.minLat()));
        }
        return read(() -> {
            long total = queryLong("SELECT count(*) FROM " + table.name() + " WHERE " + where, args.toArray());
            List<Object> pageArgs = new ArrayList<>(args);
            pageArgs.add(limit);
            pageArgs.add(offset);
            List<F> items = withStreams(table,
                    rows(table, where + " ORDER BY fid LIMIT ? OFFSET ?", pageArgs.toArray()));
            return new Page<>(items, total, limit, offset);
        });
    }

    @Override
    public <F extends ParkFeature> Optional<F> findFeature(String parkId, Layer<F> layer, String featureId) {
        LayerTable<F> table = LayerTable.of(layer);
        return read(() -> withStreams(table, rows(table, "park_id = ? AND feature_id = ?", parkId, featureId))
                .stream().findFirst());
    }

    @Override
    public <F extends ParkFeature> void insertFeature(String parkId, Layer<F> layer, F feature) {
        StoredValues.checkFeature(parkId, feature);
        write(() -> {
            insertFeatureRows(parkId, LayerTable.of(layer), List.of(feature));
            return null;
        });
    }

    @Override
    public <F extends ParkFeature> boolean updateFeature(String parkId, Layer<F> layer, F feature) {
        StoredValues.checkFeature(parkId, feature);
        LayerTable<F> table = LayerTable.of(layer);
        return write(() -> {
            List<String> columns = table.writtenColumns();
            String assignments = columns.stream().map(c -> c + " = ?").collect(Collectors.joining(", "));
            List<Object> args = new ArrayList<>(Arrays.asList(table.values(feature)));
            args.add(parkId);
            args.add(feature.id());
            int changed = update("UPDATE " + table.name() + " SET " + assignments
                    + " WHERE park_id = ? AND feature_id = ?", args.toArray());
            if (changed == 0) {
                return false;
            }
            if (feature instanceof Plant plant) {
                long plantFid = queryLong("SELECT fid FROM plants WHERE park_id = ? AND feature_id = ?", parkId,
                        plant.id());
                update("DELETE FROM plant_streams WHERE plant_fid = ?", plantFid);
                insertStreams(parkId, plantFid, plant);
            }
            return true;
        });
    }

    @Override
    public <F extends ParkFeature> boolean deleteFeature(String parkId, Layer<F> layer, String featureId) {
        LayerTable<F> table = LayerTable.of(layer);
        return write(() -> update("DELETE FROM " + table.name() + " WHERE park_id = ? AND feature_id = ?", parkId,
                featureId) > 0);
    }

    // ------------------------------------------------------------------ scenarios

    @Override
    public List<Scenario> listScenarios(String parkId) {
        return read(() -> queryScenarios("park_id = ? ORDER BY fid", parkId));
    }

    @Override
    public Optional<Scenario> findScenario(String parkId, String scenarioId) {
        return read(() -> queryScenarios("park_id = ? AND scenario_id = ?", parkId, scenarioId).stream().findFirst());
    }

    @Override
    public void insertScenario(String parkId, Scenario scenario) {
        StoredValues.checkScenario(parkId, scenario);
        write(() -> {
            insertScenarioRow(parkId, scenario);
            return null;
        });
    }

    @Override
    public boolean deleteScenario(String parkId, String scenarioId) {
        return write(() -> update("DELETE FROM scenarios WHERE park_id = ? AND scenario_id = ?", parkId,
                scenarioId) > 0);
    }

    @Override
    public Map<String, Long> rowCounts() {
        return read(() -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : COUNTED_TABLES) {
                counts.put(table, queryLong("SELECT count(*) FROM " + table));
            }
            return counts;
        });
    }

    // ------------------------------------------------------------------ rows

    private void insertParkRow(Park park) throws SQLException {
        try {
            update("""
                    INSERT INTO parks (id, name, country, languages, currency, work_srid, discount_rate,
                      lifetime_years, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    park.id(), park.name(), park.country(), String.join(",", park.languages()), park.currency(),
                    park.workSrid(), park.discountRate(), park.lifetimeYears(), park.description());
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw new DuplicateIdException("park '" + park.id() + "' already exists");
            }
            throw e;
        }
    }

    private <F extends ParkFeature> void insertFeatureRows(String parkId, LayerTable<F> table, List<F> features)
            throws SQLException {
        List<String> columns = table.writtenColumns();
        String sql = "INSERT INTO " + table.name() + " (park_id, feature_id, " + String.join(", ", columns)
                + ") VALUES (?, ?" + ", ?".repeat(columns.size()) + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (F feature : features) {
                insert.setString(1, parkId);
                insert.setString(2, feature.id());
                Object[] values = table.values(feature);
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 3, values[i]);
                }
                try {
                    insert.executeUpdate();
                } catch (SQLException e) {
                    throw translate(e, table.layer().name() + " '" + feature.id() + "'", parkId);
                }
                if (feature instanceof Plant plant && !plant.streams().isEmpty()) {
                    insertStreams(parkId, lastRowId(), plant);
                }
            }
        }
    }

    private void insertStreams(String parkId, long plantFid, Plant plant) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO plant_streams (plant_fid, park_id, plant_id, seq, direction, resource, quantity_per_year,
                  unit, temperature_c, water_quality, hazardous, ewc_code, price_per_unit)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            int seq = 0;
            for (ResourceStream s : plant.streams()) {
                Object[] values = {plantFid, parkId, plant.id(), seq++, s.direction().name(), s.resource(),
                        s.quantityPerYear(), s.unit(), s.temperatureC(), s.waterQuality(), s.hazardous() ? 1 : 0,
                        s.ewcCode(), s.pricePerUnit()};
                for (int i = 0; i < values.length; i++) {
                    insert.setObject(i + 1, values[i]);
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertScenarioRow(String parkId, Scenario s) throws SQLException {
        try {
            update("""
                    INSERT INTO scenarios (park_id, scenario_id, name, version, description, created_at, content_json)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    parkId, s.id(), s.name(), s.version(), s.description(),
                    s.createdAt() == null ? null : StoredValues.storedInstant(s.createdAt()).toString(), s.contentJson());
        } catch (SQLException e) {
            throw translate(e, "scenario '" + s.id() + "'", parkId);
        }
    }

    private record Row<F>(long fid, F feature) {
    }

    private <F extends ParkFeature> List<Row<F>> rows(LayerTable<F> table, String where, Object... args)
            throws SQLException {
        try (PreparedStatement query = prepare("SELECT * FROM " + table.name() + " WHERE " + where, args);
             ResultSet rs = query.executeQuery()) {
            List<Row<F>> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(new Row<>(rs.getLong("fid"), table.read(rs)));
            }
            return rows;
        }
    }

    private <F extends ParkFeature> List<F> features(LayerTable<F> table, String where, Object... args)
            throws SQLException {
        return rows(table, where, args).stream().map(Row::feature).toList();
    }

    private List<Plant> plantsOfPark(String parkId) throws SQLException {
        List<Row<Plant>> plants = rows(LayerTable.PLANTS, "park_id = ? ORDER BY fid", parkId);
        Map<Long, List<ResourceStream>> streams = streams("park_id = ?", List.of(parkId));
        return plants.stream().map(r -> withStreams(r.feature(), streams.get(r.fid()))).toList();
    }

    /** Attaches streams to plants; other layers pass through. */
    private <F extends ParkFeature> List<F> withStreams(LayerTable<F> table, List<Row<F>> rows) throws SQLException {
        if (table != LayerTable.PLANTS || rows.isEmpty()) {
            return rows.stream().map(Row::feature).toList();
        }
        Map<Long, List<ResourceStream>> streams = new HashMap<>();
        for (int from = 0; from < rows.size(); from += IN_LIST_CHUNK) {
            List<Object> fids = rows.subList(from, Math.min(rows.size(), from + IN_LIST_CHUNK)).stream()
                    .<Object>map(Row::fid).toList();
            streams.putAll(streams("plant_fid IN (" + String.join(", ", Collections.nCopies(fids.size(), "?")) + ")",
                    fids));
        }
        return rows.stream().map(r -> table.layer().cast(withStreams((Plant) r.feature(), streams.get(r.fid()))))
                .toList();
    }

    private static Plant withStreams(Plant p, List<ResourceStream> streams) {
        return new Plant(p.id(), p.name(), p.industry(), p.status(), p.geometry(), p.footprintM2(), p.hazardClass(),
                p.safetyBufferM(), p.allowedZoning(), p.parcelId(), streams == null ? List.of() : streams);
    }

    private Map<Long, List<ResourceStream>> streams(String where, List<Object> args) throws SQLException {
        Map<Long, List<ResourceStream>> byPlant = new HashMap<>();
        try (PreparedStatement query = prepare("SELECT * FROM plant_streams WHERE " + where
                + " ORDER BY plant_fid, seq", args.toArray());
             ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ResourceStream stream = new ResourceStream(Direction.valueOf(rs.getString("direction")),
                        rs.getString("resource"), rs.getDouble("quantity_per_year"), rs.getString("unit"),
                        LayerTable.nullableDouble(rs, "temperature_c"), rs.getString("water_quality"),
                        rs.getInt("hazardous") != 0, rs.getString("ewc_code"),
                        LayerTable.nullableDouble(rs, "price_per_unit"));
                byPlant.computeIfAbsent(rs.getLong("plant_fid"), k -> new ArrayList<>()).add(stream);
            }
        }
        return byPlant;
    }

    private List<Park> queryParks(String sql, Object... args) throws SQLException {
        try (PreparedStatement query = prepare(sql, args); ResultSet rs = query.executeQuery()) {
            List<Park> parks = new ArrayList<>();
            while (rs.next()) {
                String languages = rs.getString("languages");
                parks.add(new Park(rs.getString("id"), rs.getString("name"), rs.getString("country"),
                        languages == null || languages.isEmpty() ? List.of() : List.of(languages.split(",")),
                        rs.getString("currency"), LayerTable.nullableInt(rs, "work_srid"), rs.getDouble("discount_rate"),
                        rs.getInt("lifetime_years"), rs.getString("description")));
            }
            return parks;
        }
    }

    private List<Scenario> queryScenarios(String where, Object... args) throws SQLException {
        try (PreparedStatement query = prepare("SELECT * FROM scenarios WHERE " + where, args);
             ResultSet rs = query.executeQuery()) {
            List<Scenario> scenarios = new ArrayList<>();
            while (rs.next()) {
                String createdAt = rs.getString("created_at");
                scenarios.add(new Scenario(rs.getString("scenario_id"), rs.getString("name"), rs.getInt("version"),
                        rs.getString("description"), createdAt == null ? null : Instant.parse(createdAt),
                        rs.getString("content_json")));
            }
            return scenarios;
        }
    }

    // ------------------------------------------------------------------ JDBC plumbing

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private synchronized <T> T read(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new IllegalStateException("GeoPackage store " + file + ": " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} in one transaction: all of it lands, or on any failure none of it. */
    private synchronized <T> T write(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("GeoPackage store " + file + ": " + e.getMessage(), e);
        }
    }

    private PreparedStatement prepare(String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    private int update(String sql, Object... args) throws SQLException {
        try (PreparedStatement statement = prepare(sql, args)) {
            return statement.executeUpdate();
        }
    }

    private long queryLong(String sql, Object... args) throws SQLException {
        try (PreparedStatement query = prepare(sql, args); ResultSet rs = query.executeQuery()) {
            if (!rs.next()) {
                throw new SQLException("no row for: " + sql);
            }
            return rs.getLong(1);
        }
    }

    private long lastRowId() throws SQLException {
        return queryLong("SELECT last_insert_rowid()");
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static RuntimeException translate(SQLException e, String what, String parkId) {
        if (isUniqueViolation(e)) {
            return new DuplicateIdException(what + " already exists in park '" + parkId + "'");
        }
        if (e.getMessage() != null && e.getMessage().contains("FOREIGN KEY constraint failed")) {
            return new NotFoundException("no park '" + parkId + "' for " + what);
        }
        return new IllegalStateException("cannot write " + what + " of park '" + parkId + "': " + e.getMessage(), e);
    }

    private static boolean isUniqueViolation(SQLException e) {
        String message = e.getMessage();
        return message != null && (message.contains("UNIQUE constraint failed")
                || message.contains("SQLITE_CONSTRAINT_UNIQUE") || message.contains("SQLITE_CONSTRAINT_PRIMARYKEY"));
    }
}
