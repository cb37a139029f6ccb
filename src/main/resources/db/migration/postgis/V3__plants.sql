-- Plants and their yearly resource streams (a plant's "haves" and "wants").

CREATE TABLE plants (
    fid             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    park_id         text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
    feature_id      text NOT NULL,
    name            text,
    -- ISIC rev. 4 code with its section letter, e.g. D3510.
    industry        text,
    status          text CHECK (status IN ('existing', 'proposed')),
    footprint_m2    double precision CHECK (footprint_m2 >= 0),
    -- Sanitary class of SanPiN 2.2.1/2.1.1.1200-03: 1 is the most hazardous.
    hazard_class    integer CHECK (hazard_class BETWEEN 1 AND 5),
    safety_buffer_m double precision NOT NULL DEFAULT 0 CHECK (safety_buffer_m >= 0),
    -- Zoning codes, comma-separated; empty = any industrial class.
    allowed_zoning  text NOT NULL DEFAULT '' CHECK (
        allowed_zoning = '' OR string_to_array(allowed_zoning, ',') <@ ARRAY[
            'industrial-light', 'industrial-heavy', 'chemical', 'logistics', 'utility', 'commercial',
            'agricultural', 'residential', 'green', 'protected']),
    parcel_id       text,
    -- A point or a footprint; proposed plants may have no site yet. The type test is a regular
    -- expression, not "= ANY": PostGIS's geometry_columns would read "GeometryType(geom) = …" as the
    -- column's only type, and QGIS or GDAL would then offer the layer as points only.
    geom            geometry(Geometry, 4326) CHECK (
        geom IS NULL OR (GeometryType(geom) ~ '^(POINT|POLYGON|MULTIPOLYGON)$' AND ST_IsValid(geom))),
    CONSTRAINT plants_feature_id_unique UNIQUE (park_id, feature_id)
);

CREATE INDEX plants_park_id_idx ON plants (park_id, fid);
CREATE INDEX plants_geom_idx ON plants USING gist (geom);

CREATE TABLE plant_streams (
    fid               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    plant_fid         bigint NOT NULL REFERENCES plants (fid) ON DELETE CASCADE,
    park_id           text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
    -- The plant's feature_id, so the table reads on its own (e.g. in QGIS or a report).
    plant_id          text NOT NULL,
    -- Position in the plant's list of streams.
    seq               integer NOT NULL CHECK (seq >= 0),
    direction         text NOT NULL CHECK (direction IN ('IN', 'OUT')),
    resource          text NOT NULL,
    quantity_per_year double precision NOT NULL CHECK (quantity_per_year >= 0),
    unit              text NOT NULL,
    temperature_c     double precision,
    water_quality     text,
    hazardous         boolean NOT NULL DEFAULT false,
    ewc_code          text,
    price_per_unit    double precision CHECK (price_per_unit >= 0),
    CONSTRAINT plant_streams_seq_unique UNIQUE (plant_fid, seq)
);

CREATE INDEX plant_streams_park_id_idx ON plant_streams (park_id);
