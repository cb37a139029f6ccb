package org.symbiopark.routing;

import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * What a cost surface should cover and how finely.
 *
 * @param extentM          the area in the work CRS, m; the grid covers it from its north-west corner
 * @param cellSizeM        cell width, m, &gt; 0
 * @param passablePlantIds plants whose own site stays passable: the terminals of the paths to be
 *                         searched (every other plant's site is forbidden)
 * @param dem              elevations in the same work CRS, or {@code null} for a flat park
 */
public record SurfaceSpec(Envelope extentM, double cellSizeM, Set<String> passablePlantIds, ElevationGrid dem) {

    public SurfaceSpec {
        if (!(cellSizeM > 0) || Double.isInfinite(cellSizeM)) {
            throw new IllegalArgumentException("cellSizeM must be a positive number of metres, got " + cellSizeM);
        }
        if (extentM == null || extentM.isNull()) {
            throw new IllegalArgumentException("a cost surface needs a non-empty extent");
        }
        passablePlantIds = passablePlantIds == null ? Set.of() : Set.copyOf(passablePlantIds);
    }

    /** The layers' bounding box grown by {@code marginM} on every side. */
    public static Envelope extentAround(SurfaceLayers layers, double marginM) {
        Envelope box = layers.envelopeM();
        if (!box.isNull()) {
            box.expandBy(marginM);
        }
        return box;
    }
}
