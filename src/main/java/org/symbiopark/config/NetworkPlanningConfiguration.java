package org.symbiopark.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbiopark.analysis.ExchangeAnalysisService;
import org.symbiopark.analysis.NetworkPlanningService;
import org.symbiopark.analysis.RoutingService;
import org.symbiopark.exchange.ExchangeParameters;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.park.ParkService;

/** Wires the planning of shared carrier networks on stored parks. */
@Configuration(proxyBeanMethods = false)
public class NetworkPlanningConfiguration {

    @Bean
    NetworkPlanningService networkPlanningService(ParkService parks, CoordinateTransforms transforms,
            MetricMeasures measures, ResourceCatalog catalog, ExchangeParameters exchangeParameters,
            RoutingService routing, ExchangeAnalysisService exchangeAnalysis) {
        return new NetworkPlanningService(parks, transforms, measures, catalog, exchangeParameters, routing,
                exchangeAnalysis);
    }
}
