package org.symbiopark.exchange;

import org.locationtech.jts.geom.Geometry;

/**
 * A pipeline already in the ground, in the work CRS: links along it pay no capital, only O&amp;M,
 * pumping and heat loss.
 *
 * @param lineM     the line in metres
 * @param diameterM inner diameter, m
 */
public record ExistingPipeline(String id, String carrier, Geometry lineM, double diameterM) {
}
