package org.symbiopark.config;

import java.nio.file.Path;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.symbiopark.store.geopackage.GeoPackageParkStore;

/**
 * The embedded store: with no {@code spring.datasource.url} the parks live in the GeoPackage file
 * {@code symbiopark.geopackage-path}, so the server runs on a machine with nothing but Java. The
 * PostGIS configuration takes the opposite side of the same {@link DatasourceUrlCondition}, so
 * exactly one of them supplies the {@link org.symbiopark.store.ParkStore}.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    @Bean(destroyMethod = "close")
    @Conditional(DatasourceUrlCondition.Unset.class)
    GeoPackageParkStore geoPackageParkStore(SymbioparkProperties properties) {
        return new GeoPackageParkStore(Path.of(properties.geopackagePath()));
    }
}
