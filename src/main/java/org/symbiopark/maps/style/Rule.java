package org.symbiopark.maps.style;

import java.util.List;
import java.util.Map;

/**
 * An SLD rule: which features (filter, or else-filter: those no other rule of its feature type
 * style took) at which scales, drawn how.
 *
 * @param filter            {@code null}: every feature
 * @param minScaleDenominator inclusive, 0 when absent
 * @param maxScaleDenominator exclusive, infinity when absent (SLD 1.0 §10.2)
 */
public record Rule(String name, String title, Filter filter, boolean elseFilter, double minScaleDenominator,
                   double maxScaleDenominator, List<Symbolizer> symbolizers) {

    public Rule {
        symbolizers = List.copyOf(symbolizers);
    }

    public boolean appliesAt(double scaleDenominator) {
        return scaleDenominator >= minScaleDenominator && scaleDenominator < maxScaleDenominator;
    }

    public boolean matches(Map<String, ?> properties) {
        return filter == null || filter.test(properties);
    }
}
