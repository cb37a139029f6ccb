package org.symbiopark.store.postgis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.symbiopark.park.ParkFeature;

/**
 * How one feature layer maps onto its table: the attribute columns besides the common
 * {@code fid}, {@code park_id}, {@code feature_id} and {@code geom}, how a feature binds to them
 * and how a row becomes a feature again. The store builds the SQL from these; the geometry goes
 * through {@link PostgisGeometries} only.
 */
abstract class FeatureTable<F extends ParkFeature> {

    /** Rows per JDBC batch: large enough to amortise round trips, small enough for the driver's buffers. */
    static final int BATCH_SIZE = 1000;

    private final String table;
    private final List<String> columns;
    private final boolean promoteToMulti;

    FeatureTable(String table, List<String> columns, boolean promoteToMulti) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.promoteToMulti = promoteToMulti;
    }

    final String table() {
        return table;
    }

    /** Binds the attribute columns, in order, starting at parameter {@code index}. */
    abstract void bindAttributes(PreparedStatement ps, int index, F feature) throws SQLException;

    /** The feature of the current row (streams of a plant are attached by {@link #complete}). */
    abstract F map(ResultSet rs, String featureId, Geometry geometry) throws SQLException;

    /** Writes what lives outside the table (a plant's streams) for features just inserted. */
    void insertDependents(JdbcTemplate jdbc, String parkId, List<F> features) {
    }

    /** Deletes what lives outside the table for one feature, before it is replaced. */
    void deleteDependents(JdbcTemplate jdbc, String parkId, String featureId) {
    }

    /** Attaches what lives outside the table to rows just read, in one query for all of them. */
    List<F> complete(JdbcTemplate jdbc, List<Row<F>> rows) {
        List<F> features = new ArrayList<>(rows.size());
        for (Row<F> row : rows) {
            features.add(row.feature());
        }
        return features;
    }

    /** A feature as read, with the row's fid for loading what hangs off it. */
    record Row<F>(long fid, F feature) {
    }

    final String insertSql() {
        return "INSERT INTO " + table + " (park_id, feature_id, geom" + prefixed(", ", columns)
                + ") VALUES (?, ?, " + geometryParameter() + ", ?".repeat(columns.size()) + ")";
    }

    /** Binds one insert of {@link #insertSql()}. */
    final void bindInsert(PreparedStatement ps, String parkId, F feature) throws SQLException {
        ps.setString(1, parkId);
        ps.setString(2, feature.id());
        ps.setBytes(3, PostgisGeometries.toWkb(feature.geometry()));
        bindAttributes(ps, 4, feature);
    }

    final String updateSql() {
        StringBuilder sql = new StringBuilder("UPDATE ").append(table).append(" SET geom = ").append(geometryParameter());
        for (String column : columns) {
            sql.append(", ").append(column).append(" = ?");
        }
        return sql.append(" WHERE park_id = ? AND feature_id = ?").toString();
    }

    /** Binds one update of {@link #updateSql()}. */
    final void bindUpdate(PreparedStatement ps, String parkId, F feature) throws SQLException {
        ps.setBytes(1, PostgisGeometries.toWkb(feature.geometry()));
        bindAttributes(ps, 2, feature);
        ps.setString(columns.size() + 2, parkId);
        ps.setString(columns.size() + 3, feature.id());
    }

    /** Columns to select for {@link #mapRow}, for a {@code FROM table} clause. */
    final String selectList() {
        return "fid, feature_id" + prefixed(", ", columns) + ", ST_AsBinary(geom) AS geom_wkb";
    }

    final Row<F> mapRow(ResultSet rs) throws SQLException {
        Geometry geometry = PostgisGeometries.fromWkb(rs.getBytes("geom_wkb"));
        return new Row<>(rs.getLong("fid"), map(rs, rs.getString("feature_id"), geometry));
    }

    private String geometryParameter() {
        return promoteToMulti ? "ST_Multi(ST_GeomFromWKB(?, 4326))" : "ST_GeomFromWKB(?, 4326)";
    }

    private static String prefixed(String separator, List<String> items) {
        return items.isEmpty() ? "" : separator + String.join(separator, items);
    }

    static void setDouble(PreparedStatement ps, int index, Double value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.DOUBLE);
        } else {
            ps.setDouble(index, value);
        }
    }

    static void setInteger(PreparedStatement ps, int index, Integer value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, value);
        }
    }

    static Double getDouble(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Double.class);
    }

    static Integer getInteger(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }

    /** A list column kept as comma-separated text, as in the GeoPackage store. */
    static List<String> splitList(String text) {
        return text == null || text.isEmpty() ? Collections.emptyList() : List.of(text.split(","));
    }
}
