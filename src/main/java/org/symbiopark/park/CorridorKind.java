package org.symbiopark.park;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a corridor feature is, and the pipe-laying cost factor it has when a file gives none.
 * A factor multiplies the base cost of laying a metre of pipe; {@code null} forbids pipes.
 * The defaults are planning assumptions (roads and utility corridors are cheaper to follow,
 * crossings of rail and rivers dearer), stated in data/README.md; files may override them.
 */
public enum CorridorKind {
    ROAD("road", 0.7),
    UTILITY("utility", 0.5),
    RAIL("rail", 3.0),
    RIVER("river", 5.0),
    PROTECTED("protected", null),
    BUILDING("building", null),
    OTHER("other", 1.0);

    private final String code;
    private final Double defaultCostFactor;

    CorridorKind(String code, Double defaultCostFactor) {
        this.code = code;
        this.defaultCostFactor = defaultCostFactor;
    }

    public String code() {
        return code;
    }

    /** The factor used when a feature states none; {@code null} means forbidden. */
    public Double defaultCostFactor() {
        return defaultCostFactor;
    }

    public static Optional<CorridorKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    public static String allowedCodes() {
        return String.join(", ", Arrays.stream(values()).map(CorridorKind::code).toList());
    }
}
