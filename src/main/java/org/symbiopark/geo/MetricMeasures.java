package org.symbiopark.geo;

import org.locationtech.jts.geom.Geometry;

/** STUB — replaced by the geo helper's implementation on merge. */
public final class MetricMeasures {
    private final CoordinateTransforms transforms;

    public MetricMeasures(CoordinateTransforms transforms) {
        this.transforms = transforms;
    }

    public double areaM2(Geometry wgs84, int workSrid) {
        return transforms.transform(wgs84, CoordinateTransforms.WGS84, workSrid).getArea();
    }

    public double lengthM(Geometry wgs84, int workSrid) {
        return transforms.transform(wgs84, CoordinateTransforms.WGS84, workSrid).getLength();
    }

    public int defaultWorkSrid(Geometry wgs84) {
        var c = wgs84.getEnvelopeInternal().centre();
        return CoordinateTransforms.utmZoneSrid(c.x, c.y);
    }

    public boolean isMetricProjected(int srid) {
        return !transforms.describe(srid).geographic();
    }
}
