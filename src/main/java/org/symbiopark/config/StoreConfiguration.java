package org.symbiopark.config;

import java.nio.file.Path;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbiopark.store.geopackage.GeoPackageParkStore;

/**
 * The embedded store: with no {@code spring.datasource.url} the parks live in the GeoPackage file
 * {@code symbiopark.geopackage-path}, so the server runs on a machine with nothing but Java. The
 * PostGIS configuration takes the opposite condition; exactly one of them supplies the
 * {@link org.symbiopark.store.ParkStore}.
 */
@Configuration(proxyBeanMethods = false)
public class StoreConfiguration {

    /** True when no datasource URL is set, or it is set empty (as application.yml does). */
    static final String NO_DATASOURCE_URL = "'${spring.datasource.url:}'.trim().isEmpty()";

    @Bean(destroyMethod = "close")
    @ConditionalOnExpression(NO_DATASOURCE_URL)
    GeoPackageParkStore geoPackageParkStore(SymbioparkProperties properties) {
        return new GeoPackageParkStore(Path.of(properties.geopackagePath()));
    }
}
