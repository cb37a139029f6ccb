-- Land parcels. A Polygon is stored promoted to MultiPolygon, so the column has one type.

CREATE TABLE parcels (
    fid               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    park_id           text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
    feature_id        text NOT NULL,
    name              text,
    zoning            text CHECK (zoning IN ('industrial-light', 'industrial-heavy', 'chemical', 'logistics',
                                             'utility', 'commercial', 'agricultural', 'residential', 'green',
                                             'protected')),
    status            text CHECK (status IN ('available', 'occupied', 'reserved')),
    land_price_per_m2 double precision CHECK (land_price_per_m2 >= 0),
    max_coverage      double precision CHECK (max_coverage > 0 AND max_coverage <= 1),
    area_m2           double precision CHECK (area_m2 >= 0),
    geom              geometry(MultiPolygon, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    CONSTRAINT parcels_feature_id_unique UNIQUE (park_id, feature_id)
);

-- A park's page in insertion order.
CREATE INDEX parcels_park_id_idx ON parcels (park_id, fid);
CREATE INDEX parcels_geom_idx ON parcels USING gist (geom);
