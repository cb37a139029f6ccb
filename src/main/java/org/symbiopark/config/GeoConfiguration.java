package org.symbiopark.config;

import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.geo.SisCoordinateTransforms;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The CRS services: one shared, caching transform registry for the whole application. */
@Configuration(proxyBeanMethods = false)
public class GeoConfiguration {

    @Bean
    public CoordinateTransforms coordinateTransforms() {
        return new SisCoordinateTransforms();
    }

    @Bean
    public MetricMeasures metricMeasures(CoordinateTransforms coordinateTransforms) {
        return new MetricMeasures(coordinateTransforms);
    }
}
