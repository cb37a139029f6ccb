package org.symbiopark.web.wms;

import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.geo.CrsDescription;
import org.symbiopark.geo.UnknownCrsException;

/**
 * A WMS 1.3.0 CRS parameter and the axis order its BBOX is written in (§6.7.4): the EPSG order
 * of the CRS as Apache SIS reports it (EPSG:4326 latitude first; CGCS2000 Gauss–Krüger zones and
 * Pulkovo 1942 zones northing first; UTM and Web Mercator easting first), except
 * {@code CRS:84}, which is longitude first by definition (WMS 1.3.0 §B.3).
 *
 * @param name          the name as the client wrote it
 * @param srid          the EPSG code the map is drawn in
 * @param northingFirst whether BBOX and BoundingBox list northing/latitude first
 */
record WmsCrs(String name, int srid, boolean northingFirst, boolean geographic) {

    static final String CRS84 = "CRS:84";

    static WmsCrs parse(String name, CoordinateTransforms transforms) {
        if (name.trim().toUpperCase(Locale.ROOT).equals(CRS84)) {
            return new WmsCrs(CRS84, CoordinateTransforms.WGS84, false, true);
        }
        if (!name.trim().toUpperCase(Locale.ROOT).startsWith("EPSG:")) {
            throw new WmsException(WmsException.INVALID_CRS, "CRS",
                    "CRS '" + name + "' is not offered: use EPSG:<code> or CRS:84");
        }
        try {
            int srid = transforms.resolveSrid(name);
            CrsDescription d = transforms.describe(srid);
            return new WmsCrs(name, srid, d.northingFirst(), d.geographic());
        } catch (UnknownCrsException | IllegalArgumentException e) {
            throw new WmsException(WmsException.INVALID_CRS, "CRS", "CRS '" + name + "' is unknown");
        }
    }

    /** The envelope (x east, y north) of a BBOX written in this CRS's axis order. */
    Envelope envelope(double a1, double b1, double a2, double b2) {
        return northingFirst ? new Envelope(b1, b2, a1, a2) : new Envelope(a1, a2, b1, b2);
    }

    /** minx, miny, maxx, maxy of an envelope (x east, y north) in this CRS's axis order. */
    double[] axisOrder(Envelope e) {
        return northingFirst ? new double[] {e.getMinY(), e.getMinX(), e.getMaxY(), e.getMaxX()}
                : new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()};
    }
}
