package org.symbiopark.web.wms;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The key-value parameters of a WMS request. Names are case-insensitive, values are not
 * (WMS 1.3.0 §6.8.1); a parameter given twice keeps its first value.
 */
final class WmsParameters {

    private final Map<String, String> values = new LinkedHashMap<>();

    WmsParameters(Map<String, List<String>> query) {
        query.forEach((name, list) -> {
            if (list != null && !list.isEmpty()) {
                values.putIfAbsent(name.toUpperCase(Locale.ROOT), list.get(0));
            }
        });
    }

    Optional<String> optional(String name) {
        return Optional.ofNullable(values.get(name)).map(String::trim).filter(v -> !v.isEmpty());
    }

    /** The raw value, empty text included ({@code STYLES=} is a value). */
    Optional<String> raw(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name) {
        return optional(name).orElseThrow(() -> new WmsException(WmsException.MISSING_PARAMETER_VALUE, name,
                "the parameter " + name + " is required"));
    }

    int requiredInt(String name, int min, int max) {
        String v = required(name);
        int n;
        try {
            n = Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new WmsException(WmsException.INVALID_PARAMETER_VALUE, name,
                    name + " must be an integer, got '" + v + "'");
        }
        if (n < min || n > max) {
            throw new WmsException(WmsException.INVALID_PARAMETER_VALUE, name,
                    name + " must be between " + min + " and " + max + ", got " + n);
        }
        return n;
    }
}
