package org.symbiopark.store.geopackage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Geometry;
import org.symbiopark.park.Corridor;
import org.symbiopark.park.CorridorKind;
import org.symbiopark.park.DevelopmentStatus;
import org.symbiopark.park.Layer;
import org.symbiopark.park.Parcel;
import org.symbiopark.park.ParcelStatus;
import org.symbiopark.park.ParkFeature;
import org.symbiopark.park.Pipeline;
import org.symbiopark.park.Plant;
import org.symbiopark.park.ZoningClass;

/**
 * How one feature layer maps onto its GeoPackage table: the attribute columns besides
 * {@code fid}, {@code park_id} and {@code feature_id}, the values a feature writes into them, and
 * the feature a row reads back as. Plants are read without their streams, which the store
 * attaches from {@code plant_streams}.
 */
abstract class LayerTable<F extends ParkFeature> {

    static final LayerTable<Parcel> PARCELS = new LayerTable<>(Layer.PARCELS, "MULTIPOLYGON",
            "name TEXT", "zoning TEXT", "status TEXT", "land_price_per_m2 DOUBLE", "max_coverage DOUBLE",
            "area_m2 DOUBLE") {
        @Override
        Object[] values(Parcel p) {
            return new Object[] {p.name(), code(p.zoning(), ZoningClass::code), code(p.status(), ParcelStatus::code),
                    p.landPricePerM2(), p.maxCoverage(), p.areaM2(),
                    GeoPackageGeometries.toGpkg(GeoPackageGeometries.promotePolygon(p.geometry()))};
        }

        @Override
        Parcel read(ResultSet rs) throws SQLException {
            return new Parcel(rs.getString("feature_id"), rs.getString("name"), geometry(rs),
                    decode(rs.getString("zoning"), ZoningClass::fromCode, "zoning"),
                    decode(rs.getString("status"), ParcelStatus::fromCode, "status"),
                    nullableDouble(rs, "land_price_per_m2"), nullableDouble(rs, "max_coverage"),
                    nullableDouble(rs, "area_m2"));
        }
    };

    static final LayerTable<Plant> PLANTS = new LayerTable<>(Layer.PLANTS, "GEOMETRY",
            "name TEXT", "industry TEXT", "status TEXT", "footprint_m2 DOUBLE", "hazard_class INTEGER",
            "safety_buffer_m DOUBLE", "allowed_zoning TEXT", "parcel_id TEXT") {
        @Override
        Object[] values(Plant p) {
            String zoning = p.allowedZoning().stream().map(ZoningClass::code).collect(Collectors.joining(","));
            return new Object[] {p.name(), p.industry(), code(p.status(), DevelopmentStatus::code), p.footprintM2(),
                    p.hazardClass(), p.safetyBufferM(), zoning, p.parcelId(), GeoPackageGeometries.toGpkg(p.geometry())};
        }

        @Override
        Plant read(ResultSet rs) throws SQLException {
            String zoning = rs.getString("allowed_zoning");
            List<ZoningClass> allowed = zoning == null || zoning.isEmpty() ? List.of()
                    : Arrays.stream(zoning.split(",")).map(c -> decode(c, ZoningClass::fromCode, "allowed_zoning"))
                            .toList();
            return new Plant(rs.getString("feature_id"), rs.getString("name"), rs.getString("industry"),
                    decode(rs.getString("status"), DevelopmentStatus::fromCode, "status"), geometry(rs),
                    nullableDouble(rs, "footprint_m2"), nullableInt(rs, "hazard_class"), rs.getDouble("safety_buffer_m"),
                    allowed, rs.getString("parcel_id"), List.of());
        }
    };

    static final LayerTable<Pipeline> PIPELINES = new LayerTable<>(Layer.PIPELINES, "MULTILINESTRING",
            "name TEXT", "carrier TEXT", "diameter_mm DOUBLE", "capacity_per_year DOUBLE", "status TEXT",
            "length_m DOUBLE") {
        @Override
        Object[] values(Pipeline p) {
            return new Object[] {p.name(), p.carrier(), p.diameterMm(), p.capacityPerYear(),
                    code(p.status(), DevelopmentStatus::code), p.lengthM(),
                    GeoPackageGeometries.toGpkg(GeoPackageGeometries.promoteLine(p.geometry()))};
        }

        @Override
        Pipeline read(ResultSet rs) throws SQLException {
            return new Pipeline(rs.getString("feature_id"), rs.getString("name"), geometry(rs),
                    rs.getString("carrier"), nullableDouble(rs, "diameter_mm"), nullableDouble(rs, "capacity_per_year"),
                    decode(rs.getString("status"), DevelopmentStatus::fromCode, "status"), nullableDouble(rs, "length_m"));
        }
    };

    static final LayerTable<Corridor> CORRIDORS = new LayerTable<>(Layer.CORRIDORS, "GEOMETRY",
            "name TEXT", "kind TEXT", "cost_factor DOUBLE") {
        @Override
        Object[] values(Corridor c) {
            return new Object[] {c.name(), code(c.kind(), CorridorKind::code), c.costFactor(),
                    GeoPackageGeometries.toGpkg(c.geometry())};
        }

        @Override
        Corridor read(ResultSet rs) throws SQLException {
            return new Corridor(rs.getString("feature_id"), rs.getString("name"), geometry(rs),
                    decode(rs.getString("kind"), CorridorKind::fromCode, "kind"), nullableDouble(rs, "cost_factor"));
        }
    };

    static final List<LayerTable<?>> ALL = List.of(PARCELS, PLANTS, PIPELINES, CORRIDORS);

    private final Layer<F> layer;
    private final String geometryType;
    private final List<String> columnDefinitions;

    private LayerTable(Layer<F> layer, String geometryType, String... columnDefinitions) {
        this.layer = layer;
        this.geometryType = geometryType;
        this.columnDefinitions = List.of(columnDefinitions);
    }

    @SuppressWarnings("unchecked")
    static <F extends ParkFeature> LayerTable<F> of(Layer<F> layer) {
        return (LayerTable<F>) ALL.stream().filter(t -> t.layer == layer).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table for layer " + layer));
    }

    Layer<F> layer() {
        return layer;
    }

    /** Table name, the same as the API collection and the PostGIS table. */
    String name() {
        return layer.path();
    }

    /** The geometry type name registered in gpkg_geometry_columns. */
    String geometryType() {
        return geometryType;
    }

    /** Attribute column definitions, {@code geom} excluded. */
    List<String> columnDefinitions() {
        return columnDefinitions;
    }

    /** Attribute column names followed by {@code geom}: the order of {@link #values}. */
    List<String> writtenColumns() {
        List<String> names = new ArrayList<>(columnDefinitions.stream().map(d -> d.split(" ")[0]).toList());
        names.add("geom");
        return names;
    }

    abstract Object[] values(F feature);

    abstract F read(ResultSet rs) throws SQLException;

    private static Geometry geometry(ResultSet rs) throws SQLException {
        return GeoPackageGeometries.fromGpkg(rs.getBytes("geom"));
    }

    private static <E> String code(E value, Function<E, String> code) {
        return value == null ? null : code.apply(value);
    }

    private static <E> E decode(String code, Function<String, Optional<E>> parse, String column) {
        if (code == null) {
            return null;
        }
        return parse.apply(code).orElseThrow(
                () -> new IllegalStateException("stored " + column + " '" + code + "' is not a known code"));
    }

    static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }

    static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    @Override
    public String toString() {
        return name();
    }
}
