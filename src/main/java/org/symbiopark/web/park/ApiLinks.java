package org.symbiopark.web.park;

import java.net.URI;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.symbiopark.park.Layer;

/** Absolute addresses of the park API's resources, as seen by the client of the current request. */
final class ApiLinks {

    static final String PARKS = "/api/v1/parks";

    private final ServletUriComponentsBuilder base;

    private ApiLinks(ServletUriComponentsBuilder base) {
        this.base = base;
    }

    /** Links relative to the context path of the request being handled. */
    static ApiLinks current() {
        return new ApiLinks(ServletUriComponentsBuilder.fromCurrentContextPath());
    }

    String park(String parkId) {
        return base.cloneBuilder().path(PARKS + "/{id}").buildAndExpand(parkId).toUriString();
    }

    String layer(String parkId, Layer<?> layer) {
        return base.cloneBuilder().path(PARKS + "/{id}/{layer}").buildAndExpand(parkId, layer.path()).toUriString();
    }

    URI feature(String parkId, Layer<?> layer, String featureId) {
        return base.cloneBuilder().path(PARKS + "/{id}/{layer}/{fid}").buildAndExpand(parkId, layer.path(), featureId)
                .toUri();
    }

    URI scenario(String parkId, String scenarioId) {
        return base.cloneBuilder().path(PARKS + "/{id}/scenarios/{sid}").buildAndExpand(parkId, scenarioId).toUri();
    }
}
