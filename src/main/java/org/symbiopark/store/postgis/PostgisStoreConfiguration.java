package org.symbiopark.store.postgis;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.symbiopark.config.DatasourceUrlCondition;
import org.symbiopark.store.ParkStore;

/**
 * The PostGIS store, chosen when {@code spring.datasource.url} is set and not blank (else the
 * embedded GeoPackage store is used; {@link DatasourceUrlCondition} decides for both). Boot's own
 * DataSource and Flyway auto-configuration are off on purpose, so this class builds the pool and
 * applies the migrations before the store serves.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DatasourceUrlCondition.Set.class)
public class PostgisStoreConfiguration {

    /** Where the schema's migrations live on the class path. */
    public static final String MIGRATIONS = "classpath:db/migration/postgis";

    @Bean(destroyMethod = "close")
    DataSource postgisDataSource(@Value("${spring.datasource.url}") String url,
                                 @Value("${spring.datasource.username:}") String username,
                                 @Value("${spring.datasource.password:}") String password) {
        return dataSource(url, username, password);
    }

    @Bean
    Flyway postgisFlyway(DataSource postgisDataSource) {
        return migrate(postgisDataSource);
    }

    @Bean
    ParkStore parkStore(DataSource postgisDataSource, Flyway postgisFlyway) {
        return new PostgisParkStore(postgisDataSource);
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
