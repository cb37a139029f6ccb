package org.symbiopark.maps.render;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import org.locationtech.jts.geom.Envelope;

/**
 * What part of the map goes into an image of {@code width × height} pixels: an envelope in the
 * map CRS with x = easting/longitude, y = northing/latitude, whatever the CRS's EPSG axis order.
 * Pixels need not be square (WMS 1.3.0 §7.3.3.8 lets a client ask for a distorted map).
 *
 * @param geographic true when the map CRS is in degrees
 */
public record MapView(Envelope envelope, int width, int height, boolean geographic) {

    /** The standardized rendering pixel size: 0.28 mm (WMS 1.3.0 §7.2.4.6.9, SLD 1.0 §10.2, SE 1.1 §10.2). */
    public static final double PIXEL_SIZE_M = 0.00028;

    /**
     * Metres per degree along the equator of the WGS 84 ellipsoid (2π × 6,378,137 m / 360), as the
     * OGC well-known scale sets use to give geographic maps a scale (WMTS 1.0 Annex E).
     */
    public static final double METRES_PER_DEGREE = 2 * Math.PI * 6378137.0 / 360.0;

    public MapView {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive: " + width + " × " + height);
        }
        if (envelope.isNull() || envelope.getWidth() <= 0 || envelope.getHeight() <= 0) {
            throw new IllegalArgumentException("map envelope must have an area: " + envelope);
        }
    }

    /** Map units per pixel across. */
    public double resolutionX() {
        return envelope.getWidth() / width;
    }

    public double resolutionY() {
        return envelope.getHeight() / height;
    }

    /** The scale denominator of the map across: its ground width over the image's width at 0.28 mm a pixel. */
    public double scaleDenominator() {
        double groundWidthM = envelope.getWidth() * (geographic ? METRES_PER_DEGREE : 1.0);
        return groundWidthM / (width * PIXEL_SIZE_M);
    }

    /** Map coordinates to pixel coordinates (origin top left, y down). */
    public AffineTransform worldToScreen() {
        double sx = width / envelope.getWidth();
        double sy = height / envelope.getHeight();
        return new AffineTransform(sx, 0, 0, -sy, -envelope.getMinX() * sx, envelope.getMaxY() * sy);
    }

    /** The map coordinates of the centre of pixel (i, j), i across, j down. */
    public Point2D pixelCentre(double i, double j) {
        return new Point2D.Double(envelope.getMinX() + (i + 0.5) * resolutionX(),
                envelope.getMaxY() - (j + 0.5) * resolutionY());
    }
}
