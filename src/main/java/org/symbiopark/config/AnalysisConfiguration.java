package org.symbiopark.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbiopark.analysis.ExchangeAnalysisService;
import org.symbiopark.exchange.ExchangeParameters;
import org.symbiopark.exchange.ResourceCatalog;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;
import org.symbiopark.park.ParkService;

/** Wires the analyses that run the plain-Java engines on stored parks. */
@Configuration(proxyBeanMethods = false)
public class AnalysisConfiguration {

    @Bean
    ExchangeParameters exchangeParameters() {
        return ExchangeParameters.loadDefault();
    }

    @Bean
    ExchangeAnalysisService exchangeAnalysisService(ParkService parks, CoordinateTransforms transforms,
                                                    MetricMeasures measures, ResourceCatalog catalog,
                                                    ExchangeParameters parameters) {
        return new ExchangeAnalysisService(parks, transforms, measures, catalog, parameters);
    }
}
