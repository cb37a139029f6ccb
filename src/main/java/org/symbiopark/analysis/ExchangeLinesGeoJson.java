package org.symbiopark.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Point;
import org.symbiopark.exchange.ExchangeLink;

/**
 * The links of an exchange result as an RFC 7946 FeatureCollection: one LineString per link from
 * the supplier's point to the receiver's (WGS 84 longitude, latitude), the link's figures as its
 * properties. Coordinates keep 7 decimals (about 1 cm, finer than RFC 7946 §11.2 asks).
 */
public final class ExchangeLinesGeoJson {

    private ExchangeLinesGeoJson() {
    }

    /** @param plantsWgs84 each sited plant's point (its footprint's centroid) by plant id */
    public static Map<String, Object> of(List<ExchangeLink> links, Map<String, Point> plantsWgs84) {
        List<Map<String, Object>> features = new ArrayList<>();
        for (int k = 0; k < links.size(); k++) {
            ExchangeLink l = links.get(k);
            Point from = plantsWgs84.get(l.supplier());
            Point to = plantsWgs84.get(l.receiver());
            Map<String, Object> geometry = new LinkedHashMap<>();
            geometry.put("type", "LineString");
            geometry.put("coordinates", List.of(position(from), position(to)));
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("id", "link-" + (k + 1));
            feature.put("geometry", geometry);
            feature.put("properties", ExchangeResultJson.link(l));
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        return collection;
    }

    private static List<Double> position(Point p) {
        return List.of(ExchangeResultJson.round(p.getX(), 7), ExchangeResultJson.round(p.getY(), 7));
    }
}
