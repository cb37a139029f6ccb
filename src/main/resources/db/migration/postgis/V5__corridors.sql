-- Corridors: lines or areas that change where and at what cost pipes may be laid.

CREATE TABLE corridors (
    fid         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    park_id     text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
    feature_id  text NOT NULL,
    name        text,
    kind        text CHECK (kind IN ('road', 'utility', 'rail', 'river', 'protected', 'building', 'other')),
    -- Multiplier of the base pipe-laying cost; NULL = pipes forbidden.
    cost_factor double precision CHECK (cost_factor > 0),
    -- A regular expression for the type, not "= ANY", for geometry_columns (see V3__plants.sql).
    geom        geometry(Geometry, 4326) NOT NULL CHECK (
        GeometryType(geom) ~ '^(LINESTRING|MULTILINESTRING|POLYGON|MULTIPOLYGON)$' AND ST_IsValid(geom)),
    CONSTRAINT corridors_feature_id_unique UNIQUE (park_id, feature_id)
);

CREATE INDEX corridors_park_id_idx ON corridors (park_id, fid);
CREATE INDEX corridors_geom_idx ON corridors USING gist (geom);
