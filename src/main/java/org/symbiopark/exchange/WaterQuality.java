package org.symbiopark.exchange;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Water quality classes, best first. A supply of one class may serve a demand that needs the
 * same class or a worse one (the water cascade of industrial symbiosis): process water may cool,
 * cooling water may not be used as process water. The order is the demo park's (data/README.md).
 */
public enum WaterQuality {
    POTABLE, PROCESS, IRRIGATION, COOLING, WASTEWATER;

    /** Whether water of this class is good enough for a demand that needs {@code required}. */
    public boolean canServe(WaterQuality required) {
        return ordinal() <= required.ordinal();
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<WaterQuality> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(q -> q.code().equals(code.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
