package org.symbiopark.store.postgis;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * The store's connection pool and schema migrations, for every caller that opens the PostGIS
 * store: the application's configuration, the command line and the tests. Boot's own DataSource
 * and Flyway auto-configuration are off on purpose, so these are the only settings in force.
 */
public final class PostgisDataSources {

    /** Where the schema's migrations live on the class path. */
    public static final String MIGRATIONS = "classpath:db/migration/postgis";

    private PostgisDataSources() {
    }

    /** A connection pool tuned for the store, started. */
    public static HikariDataSource dataSource(String url, String username, String password) {
        return new HikariDataSource(poolConfig(url, username, password));
    }

    /** The settings of the store's connection pool, for callers that add their own before starting it. */
    public static HikariConfig poolConfig(String url, String username, String password) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("symbiopark-postgis");
        config.setJdbcUrl(url);
        if (username != null && !username.isEmpty()) {
            config.setUsername(username);
        }
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        // Turns a batch of single-row INSERTs into multi-row ones: an import is several times faster.
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        return config;
    }

    /** Brings the schema on the connection's search path up to the newest migration. */
    public static Flyway migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load();
        flyway.migrate();
        return flyway;
    }
}
