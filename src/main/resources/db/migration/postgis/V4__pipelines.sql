-- Pipelines and cables. A LineString is stored promoted to MultiLineString.

CREATE TABLE pipelines (
    fid               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    park_id           text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
    feature_id        text NOT NULL,
    name              text,
    -- Catalog resource id, e.g. steam.
    carrier           text,
    diameter_mm       double precision CHECK (diameter_mm >= 0),
    capacity_per_year double precision CHECK (capacity_per_year >= 0),
    status            text CHECK (status IN ('existing', 'proposed')),
    length_m          double precision CHECK (length_m >= 0),
    geom              geometry(MultiLineString, 4326) NOT NULL CHECK (ST_IsValid(geom)),
    CONSTRAINT pipelines_feature_id_unique UNIQUE (park_id, feature_id)
);

CREATE INDEX pipelines_park_id_idx ON pipelines (park_id, fid);
CREATE INDEX pipelines_geom_idx ON pipelines USING gist (geom);
