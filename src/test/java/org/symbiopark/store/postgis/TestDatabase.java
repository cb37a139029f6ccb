package org.symbiopark.store.postgis;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A schema of its own in the test PostGIS, migrated to the newest version, for one test class.
 * The database comes from {@code SYMBIOPARK_TEST_PG_URL}, {@code SYMBIOPARK_TEST_PG_USER} and
 * {@code SYMBIOPARK_TEST_PG_PASSWORD}, which {@code bash scripts/test.sh} sets (or
 * {@code eval "$(bash scripts/test-db.sh start)"} before Maven). Without them the tests fail:
 * they never skip.
 */
public final class TestDatabase implements AutoCloseable {

    private static final String[] TABLES = {"parks", "parcels", "plants", "plant_streams", "pipelines", "corridors",
            "scenarios"};

    private final String schema;
    private final String url;
    private final HikariDataSource dataSource;
    private final Flyway flyway;

    private TestDatabase(String schema, String url, HikariDataSource dataSource, Flyway flyway) {
        this.schema = schema;
        this.url = url;
        this.dataSource = dataSource;
        this.flyway = flyway;
    }

    /** Creates an empty schema, points the connections' search path at it (then public, for PostGIS) and migrates it. */
    public static TestDatabase freshSchema() {
        TestDatabase db = emptySchema();
        return new TestDatabase(db.schema, db.url, db.dataSource, PostgisDataSources.migrate(db.dataSource));
    }

    /** Like {@link #freshSchema()} without the migrations. */
    public static TestDatabase emptySchema() {
        String url = required("SYMBIOPARK_TEST_PG_URL");
        String user = required("SYMBIOPARK_TEST_PG_USER");
        String password = required("SYMBIOPARK_TEST_PG_PASSWORD");
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (HikariDataSource admin = pool(url, user, password)) {
            execute(admin, "CREATE SCHEMA " + schema);
        }
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        return new TestDatabase(schema, schemaUrl, pool(schemaUrl, user, password), null);
    }

    /** A JDBC URL whose connections work in this schema. */
    public String url() {
        return url;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String schema() {
        return schema;
    }

    /** The Flyway that migrated the schema ({@code null} for an {@link #emptySchema()}). */
    public Flyway flyway() {
        return flyway;
    }

    /** Empties every store table, so each test starts from nothing. */
    public void clear() {
        execute(dataSource, "TRUNCATE " + String.join(", ", TABLES) + " RESTART IDENTITY CASCADE");
    }

    public static String user() {
        return required("SYMBIOPARK_TEST_PG_USER");
    }

    public static String password() {
        return required("SYMBIOPARK_TEST_PG_PASSWORD");
    }

    /** Drops the schema and closes the pool. */
    @Override
    public void close() {
        try {
            execute(dataSource, "DROP SCHEMA " + schema + " CASCADE");
        } finally {
            dataSource.close();
        }
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = PostgisDataSources.poolConfig(url, user, password);
        config.setMaximumPoolSize(4);
        return new HikariDataSource(config);
    }

    private static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("test database: " + sql + ": " + e.getMessage(), e);
        }
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(name + " is not set. The PostGIS tests need a running test database:"
                    + " run them with `bash scripts/test.sh` (it starts one), or first"
                    + " `eval \"$(bash scripts/test-db.sh start)\"` and then Maven in the same shell.");
        }
        return value;
    }
}
