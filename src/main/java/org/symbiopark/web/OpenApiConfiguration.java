package org.symbiopark.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API description served at {@code /v3/api-docs} and browsed at {@code /swagger-ui.html}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    @Bean
    OpenAPI symbioparkOpenApi(@Value("${symbiopark.api-version:v1}") String version) {
        return new OpenAPI().info(new Info()
                .title("Symbiopark API")
                .version(version)
                .description("Parks, their layers (parcels, plants with resource streams, pipelines, corridors) "
                        + "and scenarios of eco-industrial parks. Features are GeoJSON (RFC 7946) in WGS 84; "
                        + "a whole park travels as one FeatureCollection in the park exchange format or as a "
                        + "GeoPackage. Errors are RFC 9457 application/problem+json."));
    }
}
