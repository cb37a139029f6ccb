package org.symbiopark.maps.tiles;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.symbiopark.maps.MapFeature;

/**
 * A map layer's features with their geometries projected once to EPSG:3857 and indexed by an
 * STR-tree (Leutenegger, Lopez &amp; Edgington 1997) over the projected envelopes, so a tile asks
 * only for the features near it and projects nothing; attributes are flattened to MVT tags once
 * too ({@link MvtAttributes.FeatureTags}). Built in O(n log n); queries in
 * O(log n + hits). Immutable after construction and safe to share between threads.
 */
public final class ProjectedLayer {

    private final List<MapFeature> features;
    private final Geometry[] mercator;
    private final Envelope[] envelopes;
    private final MvtAttributes.FeatureTags[] tags;
    private final STRtree index;
    private final Envelope extentM = new Envelope();

    private ProjectedLayer(List<MapFeature> features) {
        this.features = List.copyOf(features);
        this.mercator = new Geometry[features.size()];
        this.envelopes = new Envelope[features.size()];
        this.tags = new MvtAttributes.FeatureTags[features.size()];
        this.index = new STRtree();
        for (int i = 0; i < mercator.length; i++) {
            mercator[i] = WebMercatorTiles.toMercator(features.get(i).geometryWgs84());
            envelopes[i] = mercator[i].getEnvelopeInternal();
            tags[i] = MvtAttributes.FeatureTags.of(features.get(i));
            index.insert(envelopes[i], i);
            extentM.expandToInclude(envelopes[i]);
        }
        index.build();
    }

    /** Projects the features (WGS 84, x = longitude) once; the list is kept as given, in its order. */
    public static ProjectedLayer of(List<MapFeature> features) {
        return new ProjectedLayer(features);
    }

    public int size() {
        return mercator.length;
    }

    public MapFeature feature(int i) {
        return features.get(i);
    }

    /** The projected geometry of feature i; shared, never to be changed by the caller. */
    public Geometry geometryM(int i) {
        return mercator[i];
    }

    /** The MVT tags of feature i, flattened once. */
    public MvtAttributes.FeatureTags tags(int i) {
        return tags[i];
    }

    public Envelope envelopeM(int i) {
        return envelopes[i];
    }

    /** The layer's extent in EPSG:3857 metres (a null envelope when it is empty). */
    public Envelope extentM() {
        return new Envelope(extentM);
    }

    /** The features whose projected envelope meets the box, in the layer's order. */
    public int[] candidates(Envelope boxM) {
        List<Integer> hits = new ArrayList<>();
        index.query(boxM, item -> hits.add((Integer) item));
        int[] out = new int[hits.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = hits.get(k);
        }
        java.util.Arrays.sort(out);
        return out;
    }
}
