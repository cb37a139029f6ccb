package org.symbiopark.web.park;

import org.symbiopark.geo.BoundingBox;
import org.symbiopark.web.InvalidParameterException;

/**
 * The query parameters of a feature listing, checked: {@code bbox=minLon,minLat,maxLon,maxLat}
 * in WGS 84 degrees (as OGC API Features Part 1 orders it), {@code limit} in 1..max page size,
 * {@code offset} ≥ 0.
 */
record FeatureQuery(BoundingBox bbox, int limit, int offset) {

    static final int DEFAULT_LIMIT = 1000;

    static FeatureQuery parse(String bbox, Integer limit, Integer offset, int maxPageSize) {
        int pageSize = limit == null ? Math.min(DEFAULT_LIMIT, maxPageSize) : limit;
        if (pageSize < 1 || pageSize > maxPageSize) {
            throw new InvalidParameterException("limit", "must be between 1 and " + maxPageSize + ", was " + limit);
        }
        int start = offset == null ? 0 : offset;
        if (start < 0) {
            throw new InvalidParameterException("offset", "must be 0 or more, was " + offset);
        }
        return new FeatureQuery(bbox == null ? null : parseBbox(bbox), pageSize, start);
    }

    private static BoundingBox parseBbox(String text) {
        String[] parts = text.split(",", -1);
        if (parts.length != 4) {
            throw new InvalidParameterException("bbox",
                    "expected 4 numbers minLon,minLat,maxLon,maxLat, got " + parts.length + " values");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new InvalidParameterException("bbox", "'" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw new InvalidParameterException("bbox", "'" + parts[i] + "' is not a finite number");
            }
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw new InvalidParameterException("bbox", "minimum exceeds maximum in " + text
                    + " (expected minLon,minLat,maxLon,maxLat)");
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
            throw new InvalidParameterException("bbox", "outside longitude -180..180 or latitude -90..90: " + text);
        }
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }
}
