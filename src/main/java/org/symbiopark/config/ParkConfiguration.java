package org.symbiopark.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.park.ParkRules;
import org.symbiopark.park.ParkService;
import org.symbiopark.park.io.ParkGeoJsonReader;
import org.symbiopark.park.io.ParkGeoJsonWriter;
import org.symbiopark.store.ParkStore;

/** Wires the plain-Java park model, format and service into the application. */
@Configuration(proxyBeanMethods = false)
public class ParkConfiguration {

    @Bean
    ResourceCatalog resourceCatalog() {
        return ResourceCatalog.loadDefault();
    }

    @Bean
    ParkRules parkRules(MetricMeasures measures) {
        return new ParkRules(measures);
    }

    @Bean
    ParkGeoJsonReader parkGeoJsonReader(ResourceCatalog catalog, CoordinateTransforms transforms, ParkRules rules) {
        return new ParkGeoJsonReader(catalog, transforms, rules);
    }

    @Bean
    ParkGeoJsonWriter parkGeoJsonWriter() {
        return new ParkGeoJsonWriter();
    }

    @Bean
    ParkService parkService(ParkStore store, CoordinateTransforms transforms, MetricMeasures measures, ParkRules rules) {
        return new ParkService(store, transforms, measures, rules);
    }
}
