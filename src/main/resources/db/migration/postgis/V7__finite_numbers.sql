-- Every double precision column holds finite numbers only. PostgreSQL's double precision takes
-- 'NaN', 'Infinity' and '-Infinity', and the range checks of V1–V5 let them through (NaN sorts
-- above every number, so NaN >= 0 is true), while the GeoPackage store turns NaN into NULL: the
-- two stores would keep different parks. The stores refuse such values before writing; these
-- checks refuse them from any other writer too. A NULL passes (NULL NOT IN (…) is unknown).

ALTER TABLE parks
    ADD CONSTRAINT parks_discount_rate_finite CHECK (discount_rate NOT IN ('NaN', 'Infinity', '-Infinity'));

ALTER TABLE parcels
    ADD CONSTRAINT parcels_land_price_per_m2_finite
        CHECK (land_price_per_m2 NOT IN ('NaN', 'Infinity', '-Infinity')),
    ADD CONSTRAINT parcels_max_coverage_finite CHECK (max_coverage NOT IN ('NaN', 'Infinity', '-Infinity')),
    ADD CONSTRAINT parcels_area_m2_finite CHECK (area_m2 NOT IN ('NaN', 'Infinity', '-Infinity'));

ALTER TABLE plants
    ADD CONSTRAINT plants_footprint_m2_finite CHECK (footprint_m2 NOT IN ('NaN', 'Infinity', '-Infinity')),
    ADD CONSTRAINT plants_safety_buffer_m_finite CHECK (safety_buffer_m NOT IN ('NaN', 'Infinity', '-Infinity'));

ALTER TABLE plant_streams
    ADD CONSTRAINT plant_streams_quantity_per_year_finite
        CHECK (quantity_per_year NOT IN ('NaN', 'Infinity', '-Infinity')),
    ADD CONSTRAINT plant_streams_temperature_c_finite
        CHECK (temperature_c NOT IN ('NaN', 'Infinity', '-Infinity')),
    ADD CONSTRAINT plant_streams_price_per_unit_finite
        CHECK (price_per_unit NOT IN ('NaN', 'Infinity', '-Infinity'));

ALTER TABLE pipelines
    ADD CONSTRAINT pipelines_diameter_mm_finite CHECK (diameter_mm NOT IN ('NaN', 'Infinity', '-Infinity')),
    ADD CONSTRAINT pipelines_capacity_per_year_finite
        CHECK (capacity_per_year NOT IN ('NaN', 'Infinity', '-Infinity')),
    ADD CONSTRAINT pipelines_length_m_finite CHECK (length_m NOT IN ('NaN', 'Infinity', '-Infinity'));

ALTER TABLE corridors
    ADD CONSTRAINT corridors_cost_factor_finite CHECK (cost_factor NOT IN ('NaN', 'Infinity', '-Infinity'));
