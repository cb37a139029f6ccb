package org.symbiopark.store.postgis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.symbiopark.park.DevelopmentStatus;
import org.symbiopark.park.Direction;
import org.symbiopark.park.Plant;
import org.symbiopark.park.ResourceStream;
import org.symbiopark.park.ZoningClass;

/**
 * The {@code plants} table with its child table {@code plant_streams} (one row per stream,
 * {@code seq} keeping the list's order). Streams of many plants are read in one query.
 */
final class PlantTable extends FeatureTable<Plant> {

    private static final String INSERT_STREAM = "INSERT INTO plant_streams (plant_fid, park_id, plant_id, seq,"
            + " direction, resource, quantity_per_year, unit, temperature_c, water_quality, hazardous, ewc_code,"
            + " price_per_unit) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final String SELECT_STREAMS = "SELECT plant_fid, direction, resource, quantity_per_year, unit,"
            + " temperature_c, water_quality, hazardous, ewc_code, price_per_unit FROM plant_streams"
            + " WHERE plant_fid = ANY (?) ORDER BY plant_fid, seq";

    PlantTable() {
        super("plants", List.of("name", "industry", "status", "footprint_m2", "hazard_class", "safety_buffer_m",
                "allowed_zoning", "parcel_id"), false);
    }

    @Override
    void bindAttributes(PreparedStatement ps, int i, Plant p) throws SQLException {
        ps.setString(i, p.name());
        ps.setString(i + 1, p.industry());
        ps.setString(i + 2, p.status() == null ? null : p.status().code());
        setDouble(ps, i + 3, p.footprintM2());
        setInteger(ps, i + 4, p.hazardClass());
        ps.setDouble(i + 5, p.safetyBufferM());
        ps.setString(i + 6, String.join(",", p.allowedZoning().stream().map(ZoningClass::code).toList()));
        ps.setString(i + 7, p.parcelId());
    }

    @Override
    Plant map(ResultSet rs, String featureId, Geometry geometry) throws SQLException {
        String status = rs.getString("status");
        List<ZoningClass> allowed = new ArrayList<>();
        for (String code : splitList(rs.getString("allowed_zoning"))) {
            allowed.add(ZoningClass.fromCode(code).orElseThrow(() -> ParcelTable.unknown("allowed_zoning", code)));
        }
        return new Plant(featureId, rs.getString("name"), rs.getString("industry"),
                status == null ? null : DevelopmentStatus.fromCode(status)
                        .orElseThrow(() -> ParcelTable.unknown("status", status)),
                geometry, getDouble(rs, "footprint_m2"), getInteger(rs, "hazard_class"),
                rs.getDouble("safety_buffer_m"), allowed, rs.getString("parcel_id"), List.of());
    }

    @Override
    void insertDependents(JdbcTemplate jdbc, String parkId, List<Plant> plants) {
        List<Plant> withStreams = plants.stream().filter(p -> !p.streams().isEmpty()).toList();
        if (withStreams.isEmpty()) {
            return;
        }
        Object[] ids = withStreams.stream().map(Plant::id).toArray();
        Map<String, Long> fids = new HashMap<>();
        jdbc.query("SELECT feature_id, fid FROM plants WHERE park_id = ? AND feature_id = ANY (?)", ps -> {
            ps.setString(1, parkId);
            ps.setArray(2, ps.getConnection().createArrayOf("text", ids));
        }, rs -> {
            fids.put(rs.getString(1), rs.getLong(2));
        });

        List<StreamRow> rows = new ArrayList<>();
        for (Plant plant : withStreams) {
            long fid = fids.get(plant.id());
            for (int seq = 0; seq < plant.streams().size(); seq++) {
                rows.add(new StreamRow(fid, plant.id(), seq, plant.streams().get(seq)));
            }
        }
        jdbc.batchUpdate(INSERT_STREAM, rows, BATCH_SIZE, (ps, row) -> {
            ResourceStream s = row.stream();
            ps.setLong(1, row.plantFid());
            ps.setString(2, parkId);
            ps.setString(3, row.plantId());
            ps.setInt(4, row.seq());
            ps.setString(5, s.direction() == null ? null : s.direction().name());
            ps.setString(6, s.resource());
            ps.setDouble(7, s.quantityPerYear());
            ps.setString(8, s.unit());
            setDouble(ps, 9, s.temperatureC());
            ps.setString(10, s.waterQuality());
            ps.setBoolean(11, s.hazardous());
            ps.setString(12, s.ewcCode());
            setDouble(ps, 13, s.pricePerUnit());
        });
    }

    private record StreamRow(long plantFid, String plantId, int seq, ResourceStream stream) {
    }

    @Override
    void deleteDependents(JdbcTemplate jdbc, String parkId, String featureId) {
        jdbc.update("DELETE FROM plant_streams WHERE plant_fid = (SELECT fid FROM plants WHERE park_id = ? AND feature_id = ?)",
                parkId, featureId);
    }

    @Override
    List<Plant> complete(JdbcTemplate jdbc, List<Row<Plant>> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Object[] fids = rows.stream().map(Row::fid).toArray();
        Map<Long, List<ResourceStream>> streams = new HashMap<>();
        jdbc.query(SELECT_STREAMS, ps -> ps.setArray(1, ps.getConnection().createArrayOf("bigint", fids)), rs -> {
            streams.computeIfAbsent(rs.getLong("plant_fid"), fid -> new ArrayList<>()).add(new ResourceStream(
                    Direction.valueOf(rs.getString("direction")), rs.getString("resource"),
                    rs.getDouble("quantity_per_year"), rs.getString("unit"), getDouble(rs, "temperature_c"),
                    rs.getString("water_quality"), rs.getBoolean("hazardous"), rs.getString("ewc_code"),
                    getDouble(rs, "price_per_unit")));
        });
        List<Plant> plants = new ArrayList<>(rows.size());
        for (Row<Plant> row : rows) {
            Plant p = row.feature();
            plants.add(new Plant(p.id(), p.name(), p.industry(), p.status(), p.geometry(), p.footprintM2(),
                    p.hazardClass(), p.safetyBufferM(), p.allowedZoning(), p.parcelId(),
                    streams.getOrDefault(row.fid(), List.of())));
        }
        return plants;
    }
}
