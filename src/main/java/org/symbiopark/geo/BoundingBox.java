package org.symbiopark.geo;

import org.locationtech.jts.geom.Envelope;

/** A longitude/latitude box in WGS 84 degrees; x = longitude, y = latitude. */
public record BoundingBox(double minLon, double minLat, double maxLon, double maxLat) {

    public BoundingBox {
        if (!(minLon <= maxLon) || !(minLat <= maxLat)) {
            throw new IllegalArgumentException("bounding box minimum must not exceed its maximum: "
                    + minLon + "," + minLat + "," + maxLon + "," + maxLat);
        }
    }

    public Envelope toEnvelope() {
        return new Envelope(minLon, maxLon, minLat, maxLat);
    }

    public boolean intersects(Envelope e) {
        return toEnvelope().intersects(e);
    }
}
