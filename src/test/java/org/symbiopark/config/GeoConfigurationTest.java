package org.symbiopark.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.MetricMeasures;

class GeoConfigurationTest {

    @Test
    void exposesTransformsAndMeasures() {
        try (var context = new AnnotationConfigApplicationContext(GeoConfiguration.class)) {
            CoordinateTransforms transforms = context.getBean(CoordinateTransforms.class);
            assertEquals(4547, transforms.resolveSrid("EPSG:4547"));
            assertTrue(context.getBean(MetricMeasures.class).isMetricProjected(4547));
        }
    }
}
