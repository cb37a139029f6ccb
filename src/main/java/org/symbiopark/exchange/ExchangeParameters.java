package org.symbiopark.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The numbers of the exchange cost model, read from {@code data/catalog/exchange-parameters.properties}
 * where every key says its source. Money in EUR; {@link #currencyPerEur(String)} converts.
 * Immutable; {@link #with(String, double)} gives a copy with one value changed (tests, what-ifs).
 */
public final class ExchangeParameters {

    public static final String CLASSPATH_LOCATION = "/data/catalog/exchange-parameters.properties";

    private final Map<String, String> values;
    /** The values that are numbers, parsed once: the cost model asks for them for every candidate pair. */
    private final Map<String, Double> numbers;
    private final Map<String, Map<String, Optional<Double>>> carrierCache = new ConcurrentHashMap<>();

    public ExchangeParameters(Map<String, String> values) {
        this.values = Map.copyOf(values);
        Map<String, Double> parsed = new HashMap<>();
        this.values.forEach((k, v) -> {
            try {
                parsed.put(k, Double.valueOf(v));
            } catch (NumberFormatException e) {
                // not a number: number() and carrier() report it when asked
            }
        });
        this.numbers = Map.copyOf(parsed);
    }

    public static ExchangeParameters loadDefault() {
        try (InputStream in = ExchangeParameters.class.getResourceAsStream(CLASSPATH_LOCATION)) {
            if (in == null) {
                throw new IllegalStateException("exchange parameters missing from the classpath: " + CLASSPATH_LOCATION);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> map = new HashMap<>();
            p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k).trim()));
            return new ExchangeParameters(map);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ExchangeParameters with(String key, double value) {
        Map<String, String> copy = new HashMap<>(values);
        copy.put(key, Double.toString(value));
        return new ExchangeParameters(copy);
    }

    public double number(String key) {
        Double parsed = numbers.get(key);
        if (parsed != null) {
            return parsed;
        }
        String v = values.get(key);
        if (v == null) {
            throw new IllegalArgumentException("exchange parameter missing: " + key);
        }
        return Double.parseDouble(v);
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    /** A carrier's value: {@code carrier.<id>.<key>}, else {@code carrier.<category>.<key>}; {@code null} if neither. */
    public Double carrier(Resource resource, String key) {
        // asked ~10 times per priced pair: remembered per resource id and key (both strings keep
        // their hash), instead of building and hashing the property name every time
        Map<String, Optional<Double>> byKey = carrierCache.computeIfAbsent(resource.id(),
                id -> new ConcurrentHashMap<>());
        Optional<Double> value = byKey.get(key);
        if (value == null) {
            value = Optional.ofNullable(lookUpCarrier(resource, key));
            byKey.put(key, value);
        }
        return value.orElse(null);
    }

    private Double lookUpCarrier(Resource resource, String key) {
        Double parsed = numbers.get("carrier." + resource.id() + "." + key);
        if (parsed != null) {
            return parsed;
        }
        if (!values.containsKey("carrier." + resource.id() + "." + key)) {
            parsed = numbers.get("carrier." + resource.category().name().toLowerCase(Locale.ROOT) + "." + key);
            if (parsed != null) {
                return parsed;
            }
        }
        String v = values.get("carrier." + resource.id() + "." + key);
        if (v == null) {
            v = values.get("carrier." + resource.category().name().toLowerCase(Locale.ROOT) + "." + key);
        }
        return v == null ? null : Double.valueOf(v);
    }

    /** Units of {@code currency} per EUR. @throws IllegalArgumentException for a currency without a rate */
    public double currencyPerEur(String currency) {
        String v = values.get("fx." + currency);
        if (v == null) {
            throw new IllegalArgumentException("no exchange rate for currency " + currency + " in "
                    + CLASSPATH_LOCATION + " (add fx." + currency + ")");
        }
        return Double.parseDouble(v);
    }
}
