package org.symbiopark.store.postgis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.symbiopark.park.Corridor;
import org.symbiopark.park.CorridorKind;

/** The {@code corridors} table; lines and polygons are kept as they come. */
final class CorridorTable extends FeatureTable<Corridor> {

    CorridorTable() {
        super("corridors", List.of("name", "kind", "cost_factor"), false);
    }

    @Override
    void bindAttributes(PreparedStatement ps, int i, Corridor c) throws SQLException {
        ps.setString(i, c.name());
        ps.setString(i + 1, c.kind() == null ? null : c.kind().code());
        setDouble(ps, i + 2, c.costFactor());
    }

    @Override
    Corridor map(ResultSet rs, String featureId, Geometry geometry) throws SQLException {
        String kind = rs.getString("kind");
        return new Corridor(featureId, rs.getString("name"), geometry,
                kind == null ? null : CorridorKind.fromCode(kind).orElseThrow(() -> ParcelTable.unknown("kind", kind)),
                getDouble(rs, "cost_factor"));
    }
}
