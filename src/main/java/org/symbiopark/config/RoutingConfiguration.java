package org.symbiopark.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbiopark.analysis.RoutingService;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.park.ParkService;
import org.symbiopark.routing.CostSurfaceParameters;

/** Wires least-cost routing on stored parks. */
@Configuration(proxyBeanMethods = false)
public class RoutingConfiguration {

    @Bean
    CostSurfaceParameters costSurfaceParameters() {
        return CostSurfaceParameters.loadDefault();
    }

    @Bean
    RoutingService routingService(ParkService parks, CoordinateTransforms transforms, MetricMeasures measures,
                                  ResourceCatalog catalog, CostSurfaceParameters parameters,
                                  RoutingProperties properties) {
        return new RoutingService(parks, transforms, measures, catalog, parameters, properties.maxRasterBytes());
    }
}
