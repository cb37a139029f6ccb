package org.symbiopark.store.postgis;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.symbiopark.geo.BoundingBox;
import org.symbiopark.park.Layer;
import org.symbiopark.park.NotFoundException;
import org.symbiopark.park.Park;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkFeature;
import org.symbiopark.park.Scenario;
import org.symbiopark.store.DuplicateIdException;
import org.symbiopark.store.Page;
import org.symbiopark.store.ParkStore;
import org.symbiopark.store.StoredValues;

/**
 * The production {@link ParkStore}: PostgreSQL with PostGIS, schema from the Flyway migrations in
 * {@code db/migration/postgis}. Geometries travel as WKB ({@link PostgisGeometries}); bounding-box
 * listings select candidates with the GiST indexes ({@code geom && ST_MakeEnvelope(…, 4326)}) and
 * then compare the envelope exactly ({@code ST_XMin(geom) <= maxLon …}), the contract's test.
 * Values neither store could keep alike are refused first ({@link StoredValues}). Every write runs in one transaction; imports go in JDBC batches of
 * {@value FeatureTable#BATCH_SIZE} rows. Unique violations (SQLSTATE 23505) become
 * {@link DuplicateIdException}, a missing park on a feature or scenario insert (23503)
 * {@link NotFoundException}; the transaction is then rolled back, so nothing is written.
 * Tables are found on the connection's search path. Thread-safe.
 */
public class PostgisParkStore implements ParkStore {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private static final String PARK_COLUMNS =
            "name, country, languages, currency, work_srid, discount_rate, lifetime_years, description, id";
    private static final String SCENARIO_COLUMNS =
            "scenario_id, name, version, description, created_at, content_json";

    private static final Map<Layer<?>, FeatureTable<?>> TABLES = Map.of(
            Layer.PARCELS, new ParcelTable(),
            Layer.PLANTS, new PlantTable(),
            Layer.PIPELINES, new PipelineTable(),
            Layer.CORRIDORS, new CorridorTable());

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    /** For reads of several statements: one snapshot, so a concurrent import or delete cannot tear them apart. */
    private final TransactionTemplate snapshot;

    public PostgisParkStore(DataSource dataSource) {
        DataSourceTransactionManager transactions = new DataSourceTransactionManager(dataSource);
        this.jdbc = new JdbcTemplate(dataSource);
        this.transaction = new TransactionTemplate(transactions);
        this.snapshot = new TransactionTemplate(transactions);
        snapshot.setReadOnly(true);
        snapshot.setIsolationLevel(TransactionTemplate.ISOLATION_REPEATABLE_READ);
    }

    @Override
    public List<Park> listParks() {
        return jdbc.query("SELECT " + PARK_COLUMNS + " FROM parks ORDER BY fid", (rs, n) -> mapPark(rs));
    }

    @Override
    public Optional<Park> findPark(String parkId) {
        return jdbc.query("SELECT " + PARK_COLUMNS + " FROM parks WHERE id = ?", (rs, n) -> mapPark(rs), parkId)
                .stream().findFirst();
    }

    @Override
    public void insertPark(Park park) {
        StoredValues.checkPark(park);
        write(() -> jdbc.update("INSERT INTO parks (" + PARK_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                ps -> bindPark(ps, park)));
    }

    @Override
    public boolean updatePark(Park park) {
        StoredValues.checkPark(park);
        // The id comes last in both lists, so one binding serves insert and update.
        return write(() -> jdbc.update("UPDATE parks SET name = ?, country = ?, languages = ?, currency = ?,"
                + " work_srid = ?, discount_rate = ?, lifetime_years = ?, description = ? WHERE id = ?",
                ps -> bindPark(ps, park))) > 0;
    }

    @Override
    public boolean setWorkSridIfUnset(String parkId, int srid) {
        StoredValues.checkSrid(srid);
        return write(() -> jdbc.update("UPDATE parks SET work_srid = ? WHERE id = ? AND work_srid IS NULL",
                srid, parkId)) > 0;
    }

    @Override
    public boolean deletePark(String parkId) {
        return write(() -> jdbc.update("DELETE FROM parks WHERE id = ?", parkId)) > 0;
    }

    @Override
    public void insertParkData(ParkData data) {
        StoredValues.checkParkData(data);
        write(() -> {
            String parkId = data.park().id();
            jdbc.update("INSERT INTO parks (" + PARK_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    ps -> bindPark(ps, data.park()));
            insertAll(parkId, table(Layer.PARCELS), data.parcels());
            insertAll(parkId, table(Layer.PLANTS), data.plants());
            insertAll(parkId, table(Layer.PIPELINES), data.pipelines());
            insertAll(parkId, table(Layer.CORRIDORS), data.corridors());
            jdbc.batchUpdate(insertScenarioSql(), data.scenarios(), FeatureTable.BATCH_SIZE,
                    (ps, scenario) -> bindScenario(ps, parkId, scenario));
            return null;
        });
    }

    @Override
    public Optional<ParkData> loadParkData(String parkId) {
        return snapshot.execute(status -> findPark(parkId).map(park -> new ParkData(park,
                selectFeatures(parkId, table(Layer.PARCELS), null, null, 0),
                selectFeatures(parkId, table(Layer.PLANTS), null, null, 0),
                selectFeatures(parkId, table(Layer.PIPELINES), null, null, 0),
                selectFeatures(parkId, table(Layer.CORRIDORS), null, null, 0),
                listScenarios(parkId))));
    }

    @Override
    public <F extends ParkFeature> Page<F> listFeatures(String parkId, Layer<F> layer, BoundingBox bbox, int limit,
                                                        int offset) {
        StoredValues.checkPage(limit, offset);
        FeatureTable<F> table = table(layer);
        return snapshot.execute(status -> {
            List<Object> args = new ArrayList<>();
            String where = whereClause(parkId, bbox, args);
            Long total = jdbc.queryForObject("SELECT count(*) FROM " + table.table() + where, Long.class, args.toArray());
            List<F> items = total == 0 ? List.of() : selectFeatures(parkId, table, bbox, limit, offset);
            return new Page<>(items, total, limit, offset);
        });
    }

    @Override
    public <F extends ParkFeature> Optional<F> findFeature(String parkId, Layer<F> layer, String featureId) {
        FeatureTable<F> table = table(layer);
        return snapshot.execute(status -> {
            List<FeatureTable.Row<F>> rows = jdbc.query("SELECT " + table.selectList() + " FROM " + table.table()
                    + " WHERE park_id = ? AND feature_id = ?", (rs, n) -> table.mapRow(rs), parkId, featureId);
            return table.complete(jdbc, rows).stream().findFirst();
        });
    }

    @Override
    public <F extends ParkFeature> void insertFeature(String parkId, Layer<F> layer, F feature) {
        StoredValues.checkFeature(parkId, feature);
        write(() -> {
            insertAll(parkId, table(layer), List.of(feature));
            return null;
        });
    }

    @Override
    public <F extends ParkFeature> boolean updateFeature(String parkId, Layer<F> layer, F feature) {
        StoredValues.checkFeature(parkId, feature);
        FeatureTable<F> table = table(layer);
        return write(() -> {
            int updated = jdbc.update(table.updateSql(), ps -> table.bindUpdate(ps, parkId, feature));
            if (updated > 0) {
                table.deleteDependents(jdbc, parkId, feature.id());
                table.insertDependents(jdbc, parkId, List.of(feature));
            }
            return updated > 0;
        });
    }

    @Override
    public <F extends ParkFeature> boolean deleteFeature(String parkId, Layer<F> layer, String featureId) {
        return write(() -> jdbc.update("DELETE FROM " + table(layer).table() + " WHERE park_id = ? AND feature_id = ?",
                parkId, featureId)) > 0;
    }

    @Override
    public List<Scenario> listScenarios(String parkId) {
        return jdbc.query("SELECT " + SCENARIO_COLUMNS + " FROM scenarios WHERE park_id = ? ORDER BY fid",
                (rs, n) -> mapScenario(rs), parkId);
    }

    @Override
    public Optional<Scenario> findScenario(String parkId, String scenarioId) {
        return jdbc.query("SELECT " + SCENARIO_COLUMNS + " FROM scenarios WHERE park_id = ? AND scenario_id = ?",
                (rs, n) -> mapScenario(rs), parkId, scenarioId).stream().findFirst();
    }

    @Override
    public void insertScenario(String parkId, Scenario scenario) {
        StoredValues.checkScenario(parkId, scenario);
        write(() -> jdbc.update(insertScenarioSql(), ps -> bindScenario(ps, parkId, scenario)));
    }

    @Override
    public boolean deleteScenario(String parkId, String scenarioId) {
        return write(() -> jdbc.update("DELETE FROM scenarios WHERE park_id = ? AND scenario_id = ?",
                parkId, scenarioId)) > 0;
    }

    @Override
    public Map<String, Long> rowCounts() {
        List<String> tables = List.of("parks", "parcels", "plants", "plant_streams", "pipelines", "corridors",
                "scenarios");
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < tables.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(SELECT count(*) FROM ").append(tables.get(i)).append(")");
        }
        return jdbc.query(sql.toString(), rs -> {
            rs.next();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < tables.size(); i++) {
                counts.put(tables.get(i), rs.getLong(i + 1));
            }
            return counts;
        });
    }

    private <F extends ParkFeature> void insertAll(String parkId, FeatureTable<F> table, List<F> features) {
        if (features.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(table.insertSql(), features, FeatureTable.BATCH_SIZE,
                (ps, feature) -> table.bindInsert(ps, parkId, feature));
        table.insertDependents(jdbc, parkId, features);
    }

    /** Features of a park in insertion order; {@code limit == null} for all. */
    private <F extends ParkFeature> List<F> selectFeatures(String parkId, FeatureTable<F> table, BoundingBox bbox,
                                                           Integer limit, int offset) {
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT ").append(table.selectList()).append(" FROM ")
                .append(table.table()).append(whereClause(parkId, bbox, args)).append(" ORDER BY fid");
        if (limit != null) {
            sql.append(" LIMIT ? OFFSET ?");
            args.add(limit);
            args.add(offset);
        }
        List<FeatureTable.Row<F>> rows = jdbc.query(sql.toString(), (rs, n) -> table.mapRow(rs), args.toArray());
        return table.complete(jdbc, rows);
    }

    private static String whereClause(String parkId, BoundingBox bbox, List<Object> args) {
        args.add(parkId);
        if (bbox == null) {
            return " WHERE park_id = ?";
        }
        args.addAll(List.of(bbox.minLon(), bbox.minLat(), bbox.maxLon(), bbox.maxLat()));
        args.addAll(List.of(bbox.maxLon(), bbox.minLon(), bbox.maxLat(), bbox.minLat()));
        // && finds the candidates in the GiST index, but compares float boxes rounded outwards (both
        // the stored and the query box), so it keeps features up to a float step outside; the
        // envelope in doubles then decides, as the GeoPackage store does after its RTree step.
        return " WHERE park_id = ? AND geom && ST_MakeEnvelope(?, ?, ?, ?, 4326)"
                + " AND ST_XMin(geom) <= ? AND ST_XMax(geom) >= ? AND ST_YMin(geom) <= ? AND ST_YMax(geom) >= ?";
    }

    @SuppressWarnings("unchecked")
    private static <F extends ParkFeature> FeatureTable<F> table(Layer<F> layer) {
        return (FeatureTable<F>) TABLES.get(layer);
    }

    private static void bindPark(PreparedStatement ps, Park park) throws SQLException {
        ps.setString(1, park.name());
        ps.setString(2, park.country());
        ps.setString(3, String.join(",", park.languages()));
        ps.setString(4, park.currency());
        FeatureTable.setInteger(ps, 5, park.workSrid());
        ps.setDouble(6, park.discountRate());
        ps.setInt(7, park.lifetimeYears());
        ps.setString(8, park.description());
        ps.setString(9, park.id());
    }

    private static Park mapPark(ResultSet rs) throws SQLException {
        return new Park(rs.getString("id"), rs.getString("name"), rs.getString("country"),
                FeatureTable.splitList(rs.getString("languages")), rs.getString("currency"),
                FeatureTable.getInteger(rs, "work_srid"), rs.getDouble("discount_rate"), rs.getInt("lifetime_years"),
                rs.getString("description"));
    }

    private static String insertScenarioSql() {
        // The driver sends strings as varchar, which json does not take without a cast.
        return "INSERT INTO scenarios (park_id, " + SCENARIO_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, CAST(? AS json))";
    }

    private static void bindScenario(PreparedStatement ps, String parkId, Scenario scenario) throws SQLException {
        ps.setString(1, parkId);
        ps.setString(2, scenario.id());
        ps.setString(3, scenario.name());
        ps.setInt(4, scenario.version());
        ps.setString(5, scenario.description());
        if (scenario.createdAt() == null) {
            ps.setNull(6, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            ps.setObject(6, OffsetDateTime.ofInstant(StoredValues.storedInstant(scenario.createdAt()), ZoneOffset.UTC));
        }
        ps.setString(7, scenario.contentJson());
    }

    private static Scenario mapScenario(ResultSet rs) throws SQLException {
        OffsetDateTime createdAt = rs.getObject("created_at", OffsetDateTime.class);
        return new Scenario(rs.getString("scenario_id"), rs.getString("name"), rs.getInt("version"),
                rs.getString("description"), createdAt == null ? null : createdAt.toInstant(),
                rs.getString("content_json"));
    }

    /** Runs a write in one transaction and turns key violations into the port's exceptions. */
    private <T> T write(Supplier<T> work) {
        try {
            return transaction.execute(status -> work.get());
        } catch (DataAccessException e) {
            SQLException cause = sqlCause(e);
            if (cause != null && UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                throw new DuplicateIdException("id already taken: " + serverMessage(cause));
            }
            if (cause != null && FOREIGN_KEY_VIOLATION.equals(cause.getSQLState())) {
                throw new NotFoundException("no such park: " + serverMessage(cause));
            }
            throw e;
        }
    }

    /** The SQL error behind a Spring exception; for a batch, the statement that failed. */
    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BatchUpdateException batch && batch.getNextException() != null) {
                return batch.getNextException();
            }
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    private static String serverMessage(SQLException e) {
        if (e instanceof org.postgresql.util.PSQLException psql && psql.getServerErrorMessage() != null
                && psql.getServerErrorMessage().getDetail() != null) {
            return psql.getServerErrorMessage().getDetail();
        }
        return e.getMessage();
    }
}
