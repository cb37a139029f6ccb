package org.symbiopark.maps;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.maps.render.RenderFeature;

/**
 * A layer's features transformed from WGS 84 into a map CRS, with an STR-tree in that CRS, kept
 * as long as the catalog's snapshot of the layer is the same: a map request on an unchanged park
 * transforms nothing. Features that cannot be transformed into the CRS (outside its domain, e.g.
 * near a pole in Web Mercator) are left out of that CRS's maps.
 *
 * <p>Thread-safe; concurrent requests for the same (layer, scenario, CRS) transform it once.
 */
public final class ProjectedLayers {

    /** The features in the map CRS, index-aligned with the catalog's features they come from. */
    public record ProjectedLayer(List<MapFeature> source, List<RenderFeature> features, List<MapFeature> origins,
                                 STRtree index) {

        /** The features whose envelope meets {@code mapEnvelope}, in drawing order. */
        public List<Integer> query(Envelope mapEnvelope) {
            List<Integer> hits = new ArrayList<>();
            index.query(mapEnvelope, item -> hits.add((Integer) item));
            hits.sort(null);
            return hits;
        }
    }

    private record Key(String layerId, String scenarioId, int srid) {
    }

    private final MapLayerCatalog catalog;
    private final CoordinateTransforms transforms;
    private final Map<Key, ProjectedLayer> cache = new ConcurrentHashMap<>();

    public ProjectedLayers(MapLayerCatalog catalog, CoordinateTransforms transforms) {
        this.catalog = catalog;
        this.transforms = transforms;
    }

    /** @param scenarioId for a result layer, {@code null} for the newest scenario */
    public ProjectedLayer layer(MapLayer layer, String scenarioId, int srid) {
        String scenario = layer.isResultLayer() ? (scenarioId == null ? layer.scenarioIds().get(0) : scenarioId) : null;
        List<MapFeature> source = catalog.features(layer, scenario, null);
        Key key = new Key(layer.id(), scenario, srid);
        ProjectedLayer cached = cache.get(key);
        if (cached != null && cached.source() == source) {
            return cached;
        }
        return cache.compute(key, (k, old) -> old != null && old.source() == source ? old : project(source, srid));
    }

    private ProjectedLayer project(List<MapFeature> source, int srid) {
        List<RenderFeature> features = new ArrayList<>(source.size());
        List<MapFeature> origins = new ArrayList<>(source.size());
        STRtree index = new STRtree();
        for (MapFeature f : source) {
            Geometry g;
            try {
                g = srid == CoordinateTransforms.WGS84 ? f.geometryWgs84()
                        : transforms.transform(f.geometryWgs84(), CoordinateTransforms.WGS84, srid);
            } catch (IllegalArgumentException e) {
                continue;
            }
            index.insert(g.getEnvelopeInternal(), features.size());
            features.add(new RenderFeature(f.id(), g, f.properties()));
            origins.add(f);
        }
        index.build();
        return new ProjectedLayer(source, List.copyOf(features), List.copyOf(origins), index);
    }
}
