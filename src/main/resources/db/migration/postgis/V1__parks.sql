-- Parks: the frame every layer, scenario and computation belongs to.
-- Applied by Flyway; migrations are append-only: change the schema in a new V<n>__*.sql file.
-- The geometry type, GiST and ST_* functions come from the PostGIS extension, which the
-- database owner installs once (CREATE EXTENSION postgis).

CREATE TABLE parks (
    id             text PRIMARY KEY,
    -- Listings are ordered by insertion; an update must not move a park in them.
    fid            bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    name           text NOT NULL,
    country        text,
    -- BCP 47 codes, comma-separated (the same column in the GeoPackage store).
    languages      text NOT NULL DEFAULT '',
    currency       text,
    work_srid      integer CHECK (work_srid > 0),
    discount_rate  double precision NOT NULL CHECK (discount_rate >= 0 AND discount_rate < 1),
    lifetime_years integer NOT NULL CHECK (lifetime_years > 0),
    description    text NOT NULL DEFAULT ''
);
