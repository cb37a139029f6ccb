package org.symbiopark.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed configuration under {@code symbiopark.routing.*}; every key is commented in application.yml.
 *
 * @param maxRasterBytes largest cost surface (with one search over it), bytes; larger requests
 *                       are refused with the finest cell size that would fit
 */
@ConfigurationProperties(prefix = "symbiopark.routing")
public record RoutingProperties(@DefaultValue("268435456") long maxRasterBytes) {
}
