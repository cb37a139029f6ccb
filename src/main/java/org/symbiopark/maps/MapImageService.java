package org.symbiopark.maps;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.symbiopark.maps.ProjectedLayers.ProjectedLayer;
import org.symbiopark.maps.render.FeatureHitTest;
import org.symbiopark.maps.render.MapRenderer;
import org.symbiopark.maps.render.MapView;
import org.symbiopark.maps.render.RenderFeature;
import org.symbiopark.maps.render.StyledLayer;
import org.symbiopark.maps.style.Style;

/**
 * Draws catalog layers into images and finds the features under a pixel, in any map CRS: what
 * a WMS GetMap and GetFeatureInfo need, without the protocol. Features come from
 * {@link MapLayerCatalog} through {@link ProjectedLayers} (transformed once per CRS), only those
 * whose envelope meets the view, widened by {@link #MARGIN_PX} so symbols and labels of features
 * just outside still reach into the image.
 *
 * <p>Thread-safe.
 */
public final class MapImageService {

    static final double MARGIN_PX = 16;

    /** A layer to draw and the style to draw it with. */
    public record StyledMapLayer(MapLayer layer, Style style) {
    }

    /** A feature found under a pixel, in WGS 84 as the catalog holds it. */
    public record FeatureHit(MapLayer layer, MapFeature feature) {
    }

    private final ProjectedLayers projected;
    private final MapRenderer renderer = new MapRenderer();

    public MapImageService(ProjectedLayers projected) {
        this.projected = projected;
    }

    /**
     * @param scenarioId for result layers, the scenario to show ({@code null}: each one's newest)
     * @param srid       the map CRS; {@code view}'s envelope is in it, x east, y north
     * @param background {@code null} for transparent
     */
    public BufferedImage render(List<StyledMapLayer> layers, String scenarioId, int srid, MapView view,
                                Color background) {
        Envelope wanted = widened(view);
        List<StyledLayer> styled = new ArrayList<>(layers.size());
        for (StyledMapLayer l : layers) {
            ProjectedLayer p = projected.layer(l.layer(), scenarioId, srid);
            List<Integer> hits = p.query(wanted);
            List<RenderFeature> features = new ArrayList<>(hits.size());
            for (int i : hits) {
                features.add(p.features().get(i));
            }
            styled.add(new StyledLayer(features, l.style()));
        }
        return renderer.render(view, styled, background);
    }

    /** Features of these layers within {@code tolerancePx} of pixel (i, j), topmost layer first, at most {@code maxCount}. */
    public List<FeatureHit> featuresAt(List<MapLayer> layers, String scenarioId, int srid, MapView view, int i, int j,
                                       double tolerancePx, int maxCount) {
        List<FeatureHit> out = new ArrayList<>();
        var centre = view.pixelCentre(i, j);
        double reach = tolerancePx * Math.max(view.resolutionX(), view.resolutionY());
        Envelope around = new Envelope(centre.getX() - reach, centre.getX() + reach,
                centre.getY() - reach, centre.getY() + reach);
        for (int k = layers.size() - 1; k >= 0 && out.size() < maxCount; k--) {
            MapLayer layer = layers.get(k);
            ProjectedLayer p = projected.layer(layer, scenarioId, srid);
            List<Integer> candidates = p.query(around);
            List<RenderFeature> features = new ArrayList<>(candidates.size());
            for (int c : candidates) {
                features.add(p.features().get(c));
            }
            List<RenderFeature> hits = FeatureHitTest.hits(features, view, i, j, tolerancePx, maxCount - out.size());
            for (RenderFeature hit : hits) {
                out.add(new FeatureHit(layer, p.origins().get(candidates.get(features.indexOf(hit)))));
            }
        }
        return out;
    }

    private static Envelope widened(MapView view) {
        Envelope e = new Envelope(view.envelope());
        e.expandBy(MARGIN_PX * view.resolutionX(), MARGIN_PX * view.resolutionY());
        return e;
    }
}
