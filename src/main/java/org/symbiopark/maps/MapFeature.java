package org.symbiopark.maps;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature as the map services see it: an id, a geometry in WGS 84 (x = longitude, y = latitude)
 * and flat attributes (strings, numbers, booleans, and for plants the list of streams) that styles
 * filter on and popups show.
 */
public record MapFeature(String id, Geometry geometryWgs84, Map<String, Object> properties) {

    public MapFeature {
        // attributes keep their order (popups list them as the format does) and may be null
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public Object property(String name) {
        return properties.get(name);
    }
}
