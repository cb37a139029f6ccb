package org.symbiopark.web.routing;

import java.util.List;
import org.symbiopark.analysis.RouteEnd;
import org.symbiopark.routing.Neighbourhood;
import org.symbiopark.web.InvalidParameterException;

/**
 * Body of a least-cost path request.
 *
 * @param from       {@code {"plant": id}} or {@code {"point": [lon, lat]}} (WGS 84)
 * @param to         the same
 * @param cellSizeM  cell width, m, in (0, {@value #MAX_CELL_SIZE_M}]; default the configured one (10 m)
 * @param neighbours 8 (default) or 16
 * @param demUrl     not supported yet: a surface is flat
 * @param carrier    catalog id of what the pipe would carry; optional, echoed in the answer
 */
record PathRequest(End from, End to, Double cellSizeM, Integer neighbours, String demUrl, String carrier) {

    static final double MAX_CELL_SIZE_M = 1000;

    /** One end: exactly one member set. */
    record End(String plant, List<Double> point) {
    }

    RouteEnd fromEnd() {
        return end(from, "from");
    }

    RouteEnd toEnd() {
        return end(to, "to");
    }

    Double cellSizeOrNull() {
        if (cellSizeM != null && !(cellSizeM > 0 && cellSizeM <= MAX_CELL_SIZE_M)) {
            throw InvalidParameterException.bodyField("cellSizeM",
                    "must be in (0, " + (int) MAX_CELL_SIZE_M + "] metres, got " + cellSizeM);
        }
        return cellSizeM;
    }

    Neighbourhood neighbourhood() {
        if (neighbours == null || neighbours == 8) {
            return Neighbourhood.EIGHT;
        }
        if (neighbours == 16) {
            return Neighbourhood.SIXTEEN;
        }
        throw InvalidParameterException.bodyField("neighbours", "must be 8 or 16, got " + neighbours);
    }

    void checkNoDem() {
        if (demUrl != null) {
            throw InvalidParameterException.bodyField("demUrl", "elevation models over HTTP are not supported "
                    + "yet; leave demUrl out for a flat surface");
        }
    }

    private static RouteEnd end(End end, String field) {
        String shape = "give {\"plant\": \"<plant id>\"} or {\"point\": [lon, lat]}";
        if (end == null) {
            throw InvalidParameterException.bodyField(field, "is required: " + shape);
        }
        if ((end.plant() == null) == (end.point() == null)) {
            throw InvalidParameterException.bodyField(field, "needs exactly one of plant and point: " + shape);
        }
        if (end.plant() != null) {
            if (end.plant().isBlank()) {
                throw InvalidParameterException.bodyField(field + ".plant", "must be a plant id, got a blank string");
            }
            return RouteEnd.plant(end.plant());
        }
        List<Double> p = end.point();
        if (p.size() != 2 || p.get(0) == null || p.get(1) == null) {
            throw InvalidParameterException.bodyField(field + ".point", "must be [lon, lat], got " + p);
        }
        double lon = p.get(0);
        double lat = p.get(1);
        if (!(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90)) {
            throw InvalidParameterException.bodyField(field + ".point",
                    "must be [lon, lat] in degrees, longitude in [-180, 180], latitude in [-90, 90], got " + p);
        }
        return RouteEnd.point(lon, lat);
    }
}
