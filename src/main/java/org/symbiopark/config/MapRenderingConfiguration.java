package org.symbiopark.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.maps.MapImageService;
import org.symbiopark.maps.MapLayerCatalog;
import org.symbiopark.maps.ProjectedLayers;
import org.symbiopark.maps.style.StyleLibrary;

/** Wires the map rendering behind WMS: the SLD styles of styles/, features per map CRS, the image service. */
@Configuration(proxyBeanMethods = false)
public class MapRenderingConfiguration {

    @Bean
    StyleLibrary styleLibrary() {
        return new StyleLibrary();
    }

    @Bean
    ProjectedLayers projectedLayers(MapLayerCatalog catalog, CoordinateTransforms transforms) {
        return new ProjectedLayers(catalog, transforms);
    }

    @Bean
    MapImageService mapImageService(ProjectedLayers projectedLayers) {
        return new MapImageService(projectedLayers);
    }
}
