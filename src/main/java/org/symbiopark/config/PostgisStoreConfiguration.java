package org.symbiopark.config;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.symbiopark.store.ParkStore;
import org.symbiopark.store.postgis.PostgisDataSources;
import org.symbiopark.store.postgis.PostgisParkStore;

/**
 * The PostGIS store, chosen when {@code spring.datasource.url} is set and not blank (else the
 * embedded GeoPackage store of {@link StoreConfiguration} is used; {@link DatasourceUrlCondition}
 * decides for both). Boot's own DataSource and Flyway auto-configuration are off on purpose, so
 * this class builds the pool and applies the migrations ({@link PostgisDataSources}) before the
 * store serves.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DatasourceUrlCondition.Set.class)
public class PostgisStoreConfiguration {

    @Bean(destroyMethod = "close")
    DataSource postgisDataSource(@Value("${spring.datasource.url}") String url,
                                 @Value("${spring.datasource.username:}") String username,
                                 @Value("${spring.datasource.password:}") String password) {
        return PostgisDataSources.dataSource(url, username, password);
    }

    @Bean
    Flyway postgisFlyway(DataSource postgisDataSource) {
        return PostgisDataSources.migrate(postgisDataSource);
    }

    @Bean
    ParkStore parkStore(DataSource postgisDataSource, Flyway postgisFlyway) {
        return new PostgisParkStore(postgisDataSource);
    }
}
