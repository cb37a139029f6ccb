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
    private final HikariDataSource dataSource;
    private final Flyway flyway;

    private TestDatabase(String schema, HikariDataSource dataSource, Flyway flyway) {
        this.schema = schema;
        this.dataSource = dataSource;
        this.flyway = flyway;
    }

    /** Creates an empty schema, points the connections' search path at it (then public, for PostGIS) and migrates it. */
    public static TestDatabase freshSchema() {
        String url = required("SYMBIOPARK_TEST_PG_URL");
        String user = required("SYMBIOPARK_TEST_PG_USER");
        String password = required("SYMBIOPARK_TEST_PG_PASSWORD");
        String schema = "test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (HikariDataSource admin = pool(url, user, password, null)) {
            execute(admin, "CREATE SCHEMA " + schema);
        }
        HikariDataSource dataSource = pool(url, user, password, schema);
        return new TestDatabase(schema, dataSource, PostgisStoreConfiguration.migrate(dataSource));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String schema() {
        return schema;
    }

    public Flyway flyway() {
        return flyway;
    }

    /** Empties every store table, so each test starts from nothing. */
    public void clear() {
        execute(dataSource, "TRUNCATE " + String.join(", ", TABLES) + " RESTART IDENTITY CASCADE");
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

    private static HikariDataSource pool(String url, String user, String password, String schema) {
        HikariConfig config = PostgisStoreConfiguration.poolConfig(url, user, password);
        if (schema != null) {
            config.addDataSourceProperty("currentSchema", schema + ",public");
        }
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
