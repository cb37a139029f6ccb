package org.symbiopark.web.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.symbiopark.analysis.RoutedPath;
import org.symbiopark.routing.LeastCostPath;
import org.symbiopark.routing.Neighbourhood;

/**
 * A routed path as an RFC 7946 Feature: a LineString in WGS 84 (7 decimals, about 1 cm) and its
 * figures as properties. {@code cost} and {@code gridCost} are in equivalent metres of pipe in
 * open ground (the cost surface's unit).
 */
final class PathGeoJson {

    static final String METHOD_8 = "A* on an 8-neighbour cost grid, exact cell-crossing costs, simplified";
    static final String METHOD_16 = "A* on a 16-neighbour cost grid, exact cell-crossing costs, simplified";

    private PathGeoJson() {
    }

    static Map<String, Object> of(RoutedPath routed) {
        List<List<Double>> coordinates = new ArrayList<>();
        for (Coordinate c : routed.lineWgs84().getCoordinates()) {
            coordinates.add(List.of(round(c.x, 7), round(c.y, 7)));
        }
        Map<String, Object> geometry = new LinkedHashMap<>();
        geometry.put("type", "LineString");
        geometry.put("coordinates", coordinates);
        LeastCostPath path = routed.path();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("lengthM", round(path.lengthM(), 2));
        properties.put("cost", round(path.cost(), 2));
        properties.put("gridCost", round(path.gridCost(), 2));
        properties.put("cellSizeM", routed.cellSizeM());
        properties.put("neighbours", routed.neighbourhood() == Neighbourhood.SIXTEEN ? 16 : 8);
        properties.put("cells", path.cells());
        properties.put("settledCells", path.settledCells());
        properties.put("method", routed.neighbourhood() == Neighbourhood.SIXTEEN ? METHOD_16 : METHOD_8);
        properties.put("workSrid", routed.workSrid());
        if (routed.carrier() != null) {
            properties.put("carrier", routed.carrier());
        }
        Map<String, Object> feature = new LinkedHashMap<>();
        feature.put("type", "Feature");
        feature.put("geometry", geometry);
        feature.put("properties", properties);
        return feature;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
