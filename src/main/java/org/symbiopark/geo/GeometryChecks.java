package org.symbiopark.geo;

import java.util.Optional;
import org.locationtech.jts.geom.Geometry;

/** STUB — replaced by the geo helper's implementation on merge. */
public final class GeometryChecks {
    private GeometryChecks() {
    }

    public static Optional<String> nonFinite(Geometry g) {
        return Optional.empty();
    }

    public static Optional<String> invalidity(Geometry g) {
        var op = new org.locationtech.jts.operation.valid.IsValidOp(g);
        return op.isValid() ? Optional.empty() : Optional.of(op.getValidationError().toString());
    }

    public static Optional<String> outsideAreaOfUse(Geometry wgs84, CrsDescription crs) {
        return Optional.empty();
    }
}
