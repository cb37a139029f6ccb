package org.symbiopark.store.postgis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.symbiopark.park.DevelopmentStatus;
import org.symbiopark.park.Pipeline;

/** The {@code pipelines} table; a LineString is stored as a MultiLineString. */
final class PipelineTable extends FeatureTable<Pipeline> {

    PipelineTable() {
        super("pipelines", List.of("name", "carrier", "diameter_mm", "capacity_per_year", "status", "length_m"), true);
    }

    @Override
    void bindAttributes(PreparedStatement ps, int i, Pipeline p) throws SQLException {
        ps.setString(i, p.name());
        ps.setString(i + 1, p.carrier());
        setDouble(ps, i + 2, p.diameterMm());
        setDouble(ps, i + 3, p.capacityPerYear());
        ps.setString(i + 4, p.status() == null ? null : p.status().code());
        setDouble(ps, i + 5, p.lengthM());
    }

    @Override
    Pipeline map(ResultSet rs, String featureId, Geometry geometry) throws SQLException {
        String status = rs.getString("status");
        return new Pipeline(featureId, rs.getString("name"), geometry, rs.getString("carrier"),
                getDouble(rs, "diameter_mm"), getDouble(rs, "capacity_per_year"),
                status == null ? null : DevelopmentStatus.fromCode(status)
                        .orElseThrow(() -> ParcelTable.unknown("status", status)),
                getDouble(rs, "length_m"));
    }
}
