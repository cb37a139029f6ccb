package org.symbiopark.maps.render;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;

/**
 * Which features a click on a map image touches (WMS GetFeatureInfo): those whose geometry lies
 * within {@code tolerancePx} pixels of the clicked pixel's centre, areas when the click is inside
 * them. Nearest first; among equals the one drawn last (on top) first. Thread-safe.
 */
public final class FeatureHitTest {

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private FeatureHitTest() {
    }

    /**
     * @param features candidates in drawing order, geometries in the view's map CRS
     * @param i        pixel column, 0 at the left
     * @param j        pixel row, 0 at the top
     */
    public static List<RenderFeature> hits(List<RenderFeature> features, MapView view, int i, int j,
                                           double tolerancePx, int maxCount) {
        var centre = view.pixelCentre(i, j);
        Point click = FACTORY.createPoint(new org.locationtech.jts.geom.Coordinate(centre.getX(), centre.getY()));
        double tolerance = tolerancePx * Math.max(view.resolutionX(), view.resolutionY());
        record Hit(RenderFeature feature, double distance, int order) {
        }
        List<Hit> hits = new ArrayList<>();
        for (int k = 0; k < features.size(); k++) {
            Geometry g = features.get(k).geometry();
            if (g.getEnvelopeInternal().distance(click.getEnvelopeInternal()) > tolerance) {
                continue;
            }
            double d = g.distance(click); // 0 inside an area
            if (d <= tolerance) {
                hits.add(new Hit(features.get(k), d, k));
            }
        }
        hits.sort(Comparator.comparingDouble(Hit::distance).thenComparing(Hit::order, Comparator.reverseOrder()));
        return hits.stream().limit(Math.max(0, maxCount)).map(Hit::feature).toList();
    }
}
