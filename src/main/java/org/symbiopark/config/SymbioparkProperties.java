package org.symbiopark.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed configuration under {@code symbiopark.*}; every key is commented in application.yml.
 *
 * @param geopackagePath   file of the embedded store, used when no {@code spring.datasource.url} is set
 * @param loadDemoData     load the demo parks from data/ into an empty store at start
 * @param maxRequestBytes  largest request body accepted; larger ones get 413
 * @param maxPageSize      largest {@code limit} of a feature listing
 */
@ConfigurationProperties(prefix = "symbiopark")
public record SymbioparkProperties(
        @DefaultValue("var/symbiopark.gpkg") String geopackagePath,
        @DefaultValue("true") boolean loadDemoData,
        @DefaultValue("26214400") long maxRequestBytes,
        @DefaultValue("10000") int maxPageSize) {
}
