package org.symbiopark.park.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.symbiopark.park.Layer;
import org.symbiopark.park.ParkData;
import org.symbiopark.park.ParkFeature;

/**
 * Writes parks and features as RFC 7946 GeoJSON in the park exchange format: what the reader
 * reads, so an export imports again unchanged.
 */
public final class ParkGeoJsonWriter {

    /** The whole park as one FeatureCollection with a {@code park} member. */
    public ObjectNode park(ParkData data) {
        throw new UnsupportedOperationException("in progress");
    }

    /** A listing page as a FeatureCollection; {@code numberMatched} and {@code numberReturned} added. */
    public <F extends ParkFeature> ObjectNode featureCollection(Layer<F> layer, List<F> features, long numberMatched) {
        throw new UnsupportedOperationException("in progress");
    }

    public <F extends ParkFeature> ObjectNode feature(Layer<F> layer, F feature) {
        throw new UnsupportedOperationException("in progress");
    }
}
