package org.symbiopark.web.wms;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.symbiopark.geo.CoordinateTransforms;
import org.symbiopark.maps.MapImageService.StyledMapLayer;
import org.symbiopark.maps.render.MapView;

/**
 * The map part of a GetMap or GetFeatureInfo request (WMS 1.3.0 §7.3.2, §7.4.2), read and
 * checked: layers with styles, CRS, BBOX in the CRS's axis order turned into an envelope with
 * x east, y north, size, format, transparency, background, and the {@code SCENARIO} vendor
 * parameter (which analysis result the result layers show).
 */
record MapRequest(List<StyledMapLayer> layers, WmsCrs crs, MapView view, String format, boolean transparent,
                  Color background, String scenarioId) {

    static final int MAX_SIZE_PX = 4096;
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    static MapRequest parse(WmsParameters p, WmsLayers layers, CoordinateTransforms transforms, boolean needsFormat) {
        checkVersion(p);
        List<StyledMapLayer> styled = layers.resolve(p.required("LAYERS"), p.raw("STYLES").orElse(""));
        WmsCrs crs = WmsCrs.parse(p.required("CRS"), transforms);
        Envelope envelope = bbox(p.required("BBOX"), crs);
        int width = p.requiredInt("WIDTH", 1, MAX_SIZE_PX);
        int height = p.requiredInt("HEIGHT", 1, MAX_SIZE_PX);
        String format = needsFormat ? format(p.required("FORMAT")) : p.optional("FORMAT").map(MapRequest::lenientFormat)
                .orElse(PNG);
        boolean transparent = p.optional("TRANSPARENT").map(v -> switch (v.toUpperCase(Locale.ROOT)) {
            case "TRUE" -> true;
            case "FALSE" -> false;
            default -> throw new WmsException(WmsException.INVALID_PARAMETER_VALUE, "TRANSPARENT",
                    "TRANSPARENT is TRUE or FALSE, got '" + v + "'");
        }).orElse(false);
        Color background = p.optional("BGCOLOR").map(MapRequest::color).orElse(Color.WHITE);
        return new MapRequest(styled, crs, new MapView(envelope, width, height, crs.geographic()), format, transparent,
                background, p.optional("SCENARIO").orElse(null));
    }

    /** The background to draw on: none for a transparent PNG. */
    Color canvas() {
        return transparent && PNG.equals(format) ? null : background;
    }

    static void checkVersion(WmsParameters p) {
        p.optional("VERSION").ifPresent(v -> {
            if (!v.equals("1.3.0")) {
                throw new WmsException(WmsException.INVALID_PARAMETER_VALUE, "VERSION",
                        "this server speaks WMS 1.3.0 only, not " + v);
            }
        });
    }

    private static Envelope bbox(String value, WmsCrs crs) {
        String[] parts = value.split(",");
        if (parts.length != 4) {
            throw new WmsException(WmsException.INVALID_PARAMETER_VALUE, "BBOX",
                    "BBOX is minx,miny,maxx,maxy in the CRS's axis order; got '" + value + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new WmsException(WmsException.INVALID_PARAMETER_VALUE, "BBOX", "BBOX value '" + parts[i]
                        + "' is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw new WmsException(WmsException.INVALID_PARAMETER_VALUE, "BBOX", "BBOX values must be finite");
            }
        }
        if (!(v[0] < v[2]) || !(v[1] < v[3])) {
            throw new WmsException(WmsException.INVALID_PARAMETER_VALUE, "BBOX",
                    "BBOX minimum must be less than its maximum on both axes (WMS 1.3.0 §7.3.5.3); got " + value);
        }
        return crs.envelope(v[0], v[1], v[2], v[3]);
    }

    private static String format(String value) {
        String f = lenientFormat(value);
        if (!f.equals(PNG) && !f.equals(JPEG)) {
            throw new WmsException(WmsException.INVALID_FORMAT, "FORMAT", "FORMAT '" + value
                    + "' is not offered: image/png or image/jpeg");
        }
        return f;
    }

    private static String lenientFormat(String value) {
        String f = value.toLowerCase(Locale.ROOT).replace(' ', '+');
        // "image/png; mode=8bit" and the like still mean PNG; so does the short "png"
        if (f.equals("png") || f.startsWith(PNG)) {
            return PNG;
        }
        if (f.equals("jpeg") || f.equals("jpg") || f.startsWith(JPEG) || f.startsWith("image/jpg")) {
            return JPEG;
        }
        return f;
    }

    private static Color color(String value) {
        String v = value.trim();
        if (v.matches("(?i)0x[0-9a-f]{6}")) {
            return new Color(Integer.parseInt(v.substring(2), 16));
        }
        throw new WmsException(WmsException.INVALID_PARAMETER_VALUE, "BGCOLOR",
                "BGCOLOR is 0xRRGGBB, got '" + value + "'");
    }
}
