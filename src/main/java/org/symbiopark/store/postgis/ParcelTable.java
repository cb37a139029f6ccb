package org.symbiopark.store.postgis;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.symbiopark.park.Parcel;
import org.symbiopark.park.ParcelStatus;
import org.symbiopark.park.ZoningClass;

/** The {@code parcels} table; a Polygon is stored as a MultiPolygon. */
final class ParcelTable extends FeatureTable<Parcel> {

    ParcelTable() {
        super("parcels", List.of("name", "zoning", "status", "land_price_per_m2", "max_coverage", "area_m2"), true);
    }

    @Override
    void bindAttributes(PreparedStatement ps, int i, Parcel p) throws SQLException {
        ps.setString(i, p.name());
        ps.setString(i + 1, p.zoning() == null ? null : p.zoning().code());
        ps.setString(i + 2, p.status() == null ? null : p.status().code());
        setDouble(ps, i + 3, p.landPricePerM2());
        setDouble(ps, i + 4, p.maxCoverage());
        setDouble(ps, i + 5, p.areaM2());
    }

    @Override
    Parcel map(ResultSet rs, String featureId, Geometry geometry) throws SQLException {
        String zoning = rs.getString("zoning");
        String status = rs.getString("status");
        return new Parcel(featureId, rs.getString("name"), geometry,
                zoning == null ? null : ZoningClass.fromCode(zoning).orElseThrow(() -> unknown("zoning", zoning)),
                status == null ? null : ParcelStatus.fromCode(status).orElseThrow(() -> unknown("status", status)),
                getDouble(rs, "land_price_per_m2"), getDouble(rs, "max_coverage"), getDouble(rs, "area_m2"));
    }

    static IllegalStateException unknown(String column, String value) {
        return new IllegalStateException("unknown " + column + " '" + value + "' in the database");
    }
}
