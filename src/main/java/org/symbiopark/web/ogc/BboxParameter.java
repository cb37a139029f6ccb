package org.symbiopark.web.ogc;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.symbiopark.web.InvalidParameterException;

/**
 * The {@code bbox} parameter of OGC API Features (OGC 17-069r4 §7.15.3): lower-left and upper-right
 * corners in CRS84 (longitude, latitude), 4 numbers or 6 with heights (ignored: features are 2D).
 * A box whose west edge is east of its east edge crosses the antimeridian and is answered as the
 * two boxes on either side of it.
 */
final class BboxParameter {

    private BboxParameter() {
    }

    /** The boxes (x = longitude) the parameter stands for; an empty list for no parameter. */
    static List<Envelope> parse(String bbox) {
        if (bbox == null) {
            return List.of();
        }
        String[] parts = bbox.split(",", -1);
        if (parts.length != 4 && parts.length != 6) {
            throw invalid("'" + bbox + "' has " + parts.length
                    + " numbers; give minLon,minLat,maxLon,maxLat (or 6 numbers with heights) in CRS84");
        }
        double[] v = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw invalid("'" + parts[i] + "' (number " + (i + 1) + ") is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw invalid("number " + (i + 1) + " is not finite");
            }
        }
        int half = parts.length / 2;
        double minLon = v[0];
        double minLat = v[1];
        double maxLon = v[half];
        double maxLat = v[half + 1];
        if (minLon < -180 || minLon > 180 || maxLon < -180 || maxLon > 180) {
            throw invalid("longitudes must lie in -180..180, got " + minLon + " and " + maxLon);
        }
        if (minLat < -90 || minLat > 90 || maxLat < -90 || maxLat > 90) {
            throw invalid("latitudes must lie in -90..90, got " + minLat + " and " + maxLat);
        }
        if (minLat > maxLat) {
            throw invalid("the lower latitude " + minLat + " is above the upper latitude " + maxLat);
        }
        if (minLon > maxLon) {
            return List.of(new Envelope(minLon, 180, minLat, maxLat), new Envelope(-180, maxLon, minLat, maxLat));
        }
        return List.of(new Envelope(minLon, maxLon, minLat, maxLat));
    }

    private static InvalidParameterException invalid(String reason) {
        return new InvalidParameterException("bbox", reason);
    }
}
