/**
 * The production park store on PostgreSQL 15 with PostGIS 3: {@link org.symbiopark.store.postgis.PostgisParkStore}
 * over plain JDBC, the schema owned by the append-only Flyway migrations in
 * {@code src/main/resources/db/migration/postgis} (geometry columns typed and in EPSG:4326, GiST
 * indexes, foreign keys and check constraints), pooled and migrated by
 * {@link org.symbiopark.store.postgis.PostgisDataSources}; the application wires it (in
 * {@code config.PostgisStoreConfiguration}) when {@code spring.datasource.url} is set. Geometry
 * crosses between the database and JTS in one class, as WKB.
 *
 * <p>Tests need a PostGIS: {@code bash scripts/test.sh} starts a private one.
 */
package org.symbiopark.store.postgis;
