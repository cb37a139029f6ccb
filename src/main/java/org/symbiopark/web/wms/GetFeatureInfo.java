package org.symbiopark.web.wms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.maps.MapImageService;
import org.symbiopark.maps.MapImageService.FeatureHit;
import org.symbiopark.maps.MapLayer;
import org.symbiopark.park.NotFoundException;

/**
 * WMS 1.3.0 GetFeatureInfo (§7.4): the features of QUERY_LAYERS within {@link #TOLERANCE_PX}
 * pixels of the pixel (I, J) of the map the request describes, at most FEATURE_COUNT.
 */
@Component
class GetFeatureInfo {

    /** Record of a text answer. */
    record Answer(String body, String contentType) {
    }

    static final double TOLERANCE_PX = 3;

    private final WmsLayers layers;
    private final CoordinateTransforms transforms;
    private final MapImageService maps;

    GetFeatureInfo(WmsLayers layers, CoordinateTransforms transforms, MapImageService maps) {
        this.layers = layers;
        this.transforms = transforms;
        this.maps = maps;
    }

    Answer handle(WmsParameters p) {
        MapRequest map = MapRequest.parse(p, layers, transforms, false);
        List<MapLayer> queried = new ArrayList<>();
        for (String name : WmsLayers.split(p.required("QUERY_LAYERS"))) {
            queried.addAll(layers.layers(name, "QUERY_LAYERS"));
        }
        String format = p.required("INFO_FORMAT").toLowerCase(Locale.ROOT);
        if (!format.startsWith(FeatureInfoFormats.JSON) && !format.startsWith(FeatureInfoFormats.HTML)) {
            throw new WmsException(WmsException.INVALID_FORMAT, "INFO_FORMAT", "INFO_FORMAT '" + format
                    + "' is not offered: application/json or text/html");
        }
        int i = pixel(p, "I", map.view().width());
        int j = pixel(p, "J", map.view().height());
        int count = p.optional("FEATURE_COUNT").isPresent() ? p.requiredInt("FEATURE_COUNT", 1, 1000) : 1;
        List<FeatureHit> hits;
        try {
            hits = maps.featuresAt(queried, map.scenarioId(), map.crs().srid(), map.view(), i, j, TOLERANCE_PX, count);
        } catch (NotFoundException e) {
            throw new WmsException(WmsException.INVALID_PARAMETER_VALUE, "SCENARIO", e.getMessage());
        }
        return format.startsWith(FeatureInfoFormats.JSON)
                ? new Answer(FeatureInfoFormats.json(hits), FeatureInfoFormats.JSON)
                : new Answer(FeatureInfoFormats.html(hits), FeatureInfoFormats.HTML + ";charset=UTF-8");
    }

    private static int pixel(WmsParameters p, String name, int size) {
        String v = p.required(name);
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new WmsException(WmsException.INVALID_POINT, name, name + " must be an integer pixel, got '" + v + "'");
        }
        if (n < 0 || n >= size) {
            throw new WmsException(WmsException.INVALID_POINT, name, name + " = " + n + " is outside the map's 0.."
                    + (size - 1));
        }
        return n;
    }
}
