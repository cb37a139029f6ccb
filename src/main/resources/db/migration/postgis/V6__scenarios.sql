-- Named, versioned alternatives of a park's layout with the engines' results.

CREATE TABLE scenarios (
    fid          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    park_id      text NOT NULL REFERENCES parks (id) ON DELETE CASCADE,
    scenario_id  text NOT NULL,
    name         text,
    version      integer NOT NULL CHECK (version >= 1),
    description  text NOT NULL DEFAULT '',
    created_at   timestamptz,
    -- json, not jsonb: the document comes back exactly as it was written (jsonb would reorder
    -- keys and drop whitespace), as it does from the GeoPackage store.
    content_json json NOT NULL,
    CONSTRAINT scenarios_scenario_id_unique UNIQUE (park_id, scenario_id)
);

CREATE INDEX scenarios_park_id_idx ON scenarios (park_id, fid);
