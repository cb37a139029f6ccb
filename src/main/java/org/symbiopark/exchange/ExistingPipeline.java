package org.symbiopark.exchange;

import org.locationtech.jts.geom.Geometry;

/**
 * A pipeline already in the ground, in the work CRS: links along it pay no capital, only O&amp;M,
 * pumping and heat loss.
 *
 * @param lineM           the line in metres
 * @param diameterM       inner diameter, m
 * @param capacityPerYear the most all links along it may carry together, carrier's catalog unit
 *                        per year; {@code null} = not stated (only the velocity limit applies, link by link)
 */
public record ExistingPipeline(String id, String carrier, Geometry lineM, double diameterM, Double capacityPerYear) {

    public ExistingPipeline {
        if (capacityPerYear != null && !(capacityPerYear >= 0)) {
            throw new IllegalArgumentException("pipeline " + id + ": capacity must be ≥ 0, got " + capacityPerYear);
        }
    }

    /** A pipeline whose capacity is not stated. */
    public ExistingPipeline(String id, String carrier, Geometry lineM, double diameterM) {
        this(id, carrier, lineM, diameterM, null);
    }
}
